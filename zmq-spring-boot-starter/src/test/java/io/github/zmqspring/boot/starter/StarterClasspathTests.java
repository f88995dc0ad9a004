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

package io.github.zmqspring.boot.starter;

import java.util.List;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.client.ZmqTemplate;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter brings: the auto-configuration, JeroMQ and Jackson, and nothing
 * optional (Protobuf, Reactor, Actuator, Micrometer stay the application's choice).
 */
class StarterClasspathTests {

	@Test
	void optionalLibrariesAreNotPulledIn() {
		for (String optional : List.of("com.google.protobuf.Message", "reactor.core.publisher.Flux",
				"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
				"io.micrometer.core.instrument.MeterRegistry")) {
			assertThat(ClassUtils.isPresent(optional, getClass().getClassLoader())).as(optional).isFalse();
		}
	}

	@Test
	void theStarterAloneGivesAWorkingContext() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ZmqAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ZContext.class)
				.hasSingleBean(ZmqEndpointRegistry.class)
				.hasSingleBean(ZmqTemplate.class));
	}

}
