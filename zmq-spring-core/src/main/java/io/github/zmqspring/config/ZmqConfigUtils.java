package io.github.zmqspring.config;

/**
 * Bean names of the infrastructure {@link EnableZmq} registers.
 *
 * @author zmq-spring-boot
 */
public final class ZmqConfigUtils {

	/** The name of the listener annotation post-processor. */
	public static final String LISTENER_ANNOTATION_PROCESSOR_BEAN_NAME = "io.github.zmqspring.annotation.internalZmqListenerAnnotationProcessor";

	/** The name of the endpoint registry. */
	public static final String ENDPOINT_REGISTRY_BEAN_NAME = "zmqEndpointRegistry";

	private ZmqConfigUtils() {
	}

}
