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

package io.github.zmqspring.boot.autoconfigure.listener;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the dispatch mode and the slow-invocation threshold are configured: per endpoint
 * and under {@code zmq.defaults}, with the listener attribute checked at start-up.
 */
class DispatchConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class));

	@Test
	void whenAnEndpointOrTheDefaultsSetDispatchThenTheDefinitionsCarryItAndTheThreshold() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.fast.bind=tcp://127.0.0.1:*", "zmq.endpoints.fast.dispatch=direct",
					"zmq.endpoints.fast.direct-warn-threshold=20ms", "zmq.endpoints.plain.bind=tcp://127.0.0.1:*",
					"zmq.defaults.dispatch=executor")
			.run((context) -> {
				ZmqEndpointDefinitions definitions = context.getBean(ZmqEndpointDefinitions.class);
				ZmqEndpointDefinition fast = definitions.get("fast");
				assertThat(fast.dispatch()).isEqualTo(ZmqDispatchMode.DIRECT);
				assertThat(fast.directWarnThreshold()).isEqualTo(Duration.ofMillis(20));
				assertThat(definitions.get("plain").dispatch()).isEqualTo(ZmqDispatchMode.EXECUTOR);
				assertThat(definitions.get("plain").directWarnThreshold()).isNull();
			});
		this.contextRunner.withPropertyValues("zmq.defaults.dispatch=direct")
			.run((context) -> assertThat(context.getBean(ZmqEndpointDefinitions.class)
				.resolve("inline", "", List.of("tcp://127.0.0.1:*"), List.of())
				.dispatch()).isEqualTo(ZmqDispatchMode.DIRECT));
	}

	@Test
	void whenListenersOfOneSocketDeclareDifferentModesThenStartupFailsNamingTheSocket() {
		this.contextRunner.withBean(Conflicting.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining(
						"Listeners of socket 'shared' declare different dispatch modes [EXECUTOR, DIRECT]"));
	}

	@Test
	void whenTheDispatchAttributeIsNotAModeThenStartupFailsNamingTheValue() {
		this.contextRunner.withBean(Misspelt.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("Invalid @ZmqRouterListener(dispatch) on method " + Misspelt.class.getName()
						+ ".a: 'inline' is not one of [executor, direct]"));
	}

	@Test
	void whenTheWarnThresholdIsNotPositiveThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.fast.bind=tcp://127.0.0.1:*",
					"zmq.endpoints.fast.direct-warn-threshold=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("zmq.endpoints.fast.direct-warn-threshold"));
	}

	static class Conflicting {

		@ZmqRouterListener(id = "shared", bind = "tcp://127.0.0.1:*", route = "a", dispatch = "direct")
		String a(String text) {
			return text;
		}

		@ZmqRouterListener(id = "shared", bind = "tcp://127.0.0.1:*", route = "b", dispatch = "executor")
		String b(String text) {
			return text;
		}

	}

	static class Misspelt {

		@ZmqRouterListener(id = "misspelt", bind = "tcp://127.0.0.1:*", dispatch = "inline")
		String a(String text) {
			return text;
		}

	}

}
