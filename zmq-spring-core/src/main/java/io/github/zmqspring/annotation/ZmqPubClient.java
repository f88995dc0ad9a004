package io.github.zmqspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as a publisher over a PUB socket: each method publishes its payload on the topic given by a {@link ZmqTopic @ZmqTopic} parameter, or by {@code @ZmqTopic("...")} on the method. Methods return {@code void}; ZeroMQ drops what no subscriber is connected to take (see the slow-joiner note in {@code docs/pub-sub.md}). A proxy bean is created for it, like for
 * {@link ZmqDealerClient}; {@code @Header} parameters travel as envelope headers.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqPubClient {

	/**
	 * The name of the endpoint configured under {@code zmq.endpoints}.
	 * @return the endpoint name
	 */
	String endpoint();

	/**
	 * The content type payloads are serialized as; empty to choose by payload type.
	 * @return the content type
	 */
	String contentType() default "";

}
