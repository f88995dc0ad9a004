/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for ZeroMQ listeners and clients: starts only the ZeroMQ
 * auto-configuration (plus Jackson and Bean Validation when present, and a
 * {@link io.github.zmqspring.boot.test.ZmqTestClient}), the components that declare
 * {@code @Zmq*Listener} methods, socket customizers, listener error handlers and message
 * converters, and the application's client interfaces; no web server and no other
 * components. Every local {@code tcp://} port of the endpoints (named, inline and
 * proxies; hosts {@code *}, {@code 0.0.0.0}, {@code localhost}, {@code 127.0.0.1}) is
 * moved to a free one, consistently: a client that connects to a listener's configured
 * port reaches it on the new port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(ZmqTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(ZmqTypeExcludeFilter.class)
@AutoConfigureZmq
@ImportAutoConfiguration
public @interface ZmqTest {

	/**
	 * Properties in {@code key=value} form added to the environment before the test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether the default filters apply: only listener components, socket customizers,
	 * listener error handlers and message converters are scanned.
	 * @return whether default filters are used
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Filters that add beans to the slice.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters that remove beans from the slice.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration to leave out of this slice.
	 * @return the auto-configuration classes
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
