package io.github.zmqspring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configuration of the {@link ZmqTest @ZmqTest} slice, listed in
 * {@code META-INF/spring/io.github.zmqspring.boot.test.autoconfigure.AutoConfigureZmq.imports};
 * usable on its own to add ZeroMQ to another slice.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureZmq {

}
