package io.github.zmqspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the sending end of a pipeline over a PUSH socket: each method pushes its payload to one of the connected PULL workers (ZeroMQ load-balances them). Methods return {@code void}; a push waits up to the endpoint's send timeout when no worker takes messages. A proxy bean is created for it, like for
 * {@link ZmqDealerClient}; {@code @Header} parameters travel as envelope headers.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqPushClient {

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
