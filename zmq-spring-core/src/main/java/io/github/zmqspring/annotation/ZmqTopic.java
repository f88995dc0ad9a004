package io.github.zmqspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The topic of a published message. On a {@code @ZmqSubListener} parameter: receives the
 * topic the message was published on. On a {@code @ZmqPubClient} method parameter: the
 * topic to publish on. On a {@code @ZmqPubClient} method: a fixed topic ({@link #value()}).
 *
 * @author zmq-spring-boot
 */
@Target({ ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqTopic {

	/**
	 * The fixed topic, when the annotation is on a client method.
	 * @return the topic
	 */
	String value() default "";

}
