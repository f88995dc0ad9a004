package io.github.zmqspring.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Scans for {@link ZmqDealerClient @ZmqDealerClient} interfaces and registers a proxy bean
 * for each. Spring Boot applications need it only to scan packages outside their own: Boot
 * scans the application's packages by itself.
 *
 * @author zmq-spring-boot
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ZmqClientsRegistrar.class)
public @interface EnableZmqClients {

	/**
	 * The packages to scan; empty for the package of the annotated class.
	 * @return the base packages
	 */
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned, a type-safe alternative to {@link #basePackages()}.
	 * @return the marker classes
	 */
	Class<?>[] basePackageClasses() default {};

}
