package io.github.zmqspring.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Enables detection of the {@code @Zmq*Listener} annotations. Spring Boot applications get
 * this from the auto-configuration; plain Spring applications add it to a configuration
 * class and define a {@link io.github.zmqspring.listener.ZmqListenerContainerFactory} bean.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ZmqBootstrapConfiguration.class)
public @interface EnableZmq {

}
