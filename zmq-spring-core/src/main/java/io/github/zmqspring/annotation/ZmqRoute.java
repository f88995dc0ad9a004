package io.github.zmqspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the server route a client method calls, and optionally its own timeout.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqRoute {

	/**
	 * The route, as declared by the server's {@code route} attribute.
	 * @return the route
	 */
	String value();

	/**
	 * The reply timeout of this method, e.g. {@code 500ms}; empty for the client's.
	 * @return the timeout, or a placeholder
	 */
	String timeout() default "";

}
