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

package io.github.zmqspring.boot.autoconfigure;

import java.time.Duration;
import java.util.concurrent.Executor;

import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.listener.ZmqErrorReplyOptions;
import io.github.zmqspring.listener.ZmqErrorReplyOptions.Include;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqMessageHandlerMethodFactory;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code zmq.listener.*} properties reach the auto-configured listener container
 * factory through {@link ZmqListenerContainerFactoryConfigurer}, and an application that
 * defines its own factory gets the same settings by applying the configurer.
 */
class ZmqListenerContainerFactoryConfigurerTests {

	private static final ZmqSocketCustomizer CUSTOMIZER = (definition, socket) -> {
	};

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class))
		.withBean(ZmqSocketCustomizer.class, () -> CUSTOMIZER)
		.withPropertyValues("zmq.listener.concurrency=3", "zmq.listener.direct-warn-threshold=75ms",
				"zmq.context.shutdown-timeout=4s", "zmq.listener.error.include-message=always");

	@Test
	void theAutoConfiguredFactoryHasTheListenerProperties() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ZmqListenerContainerFactoryConfigurer.class);
			assertConfigured(context);
		});
	}

	@Test
	void anApplicationsOwnFactoryGetsTheSameSettingsFromTheConfigurer() {
		this.contextRunner.withUserConfiguration(OwnFactory.class).run((context) -> {
			assertThat(context.getBean(ZmqListenerContainerFactory.class)).isSameAs(context.getBean("ownFactory"));
			assertConfigured(context);
		});
	}

	@Test
	void withoutPropertiesTheFactoryKeepsItsDefaults() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(ZmqListenerContainerFactory.class))
				.hasFieldOrPropertyWithValue("defaultConcurrency", 10)
				.hasFieldOrPropertyWithValue("directWarnThreshold", Duration.ofMillis(50))
				.hasFieldOrPropertyWithValue("errorReplyOptions", ZmqErrorReplyOptions.defaults()));
	}

	private static void assertConfigured(AssertableApplicationContext context) {
		assertThat(context.getBean(ZmqListenerContainerFactory.class))
			.hasFieldOrPropertyWithValue("defaultConcurrency", 3)
			.hasFieldOrPropertyWithValue("directWarnThreshold", Duration.ofMillis(75))
			.hasFieldOrPropertyWithValue("shutdownTimeout", Duration.ofSeconds(4))
			.hasFieldOrPropertyWithValue("errorReplyOptions",
					ZmqErrorReplyOptions.defaults().including(Include.MESSAGE))
			.extracting("customizers")
			.asList()
			.contains(CUSTOMIZER);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnFactory {

		@Bean
		ZmqListenerContainerFactory ownFactory(ZmqListenerContainerFactoryConfigurer configurer, ZContext context,
				ZmqEndpointDefinitions definitions,
				@Qualifier(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME) Executor executor,
				ZmqMessageHandlerMethodFactory methodFactory, ZmqPayloadConverter converter) {
			ZmqListenerContainerFactory factory = new ZmqListenerContainerFactory(context, definitions, executor,
					methodFactory, converter);
			configurer.configure(factory);
			return factory;
		}

	}

}
