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

package io.github.zmqspring.boot.actuate;

import java.util.Map;

import io.github.zmqspring.observation.DefaultZmqClientObservationConvention;
import io.github.zmqspring.observation.DefaultZmqListenerObservationConvention;
import io.github.zmqspring.observation.ZmqClientObservationContext;
import io.github.zmqspring.observation.ZmqListenerObservationContext;
import io.github.zmqspring.observation.ZmqObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch documented in {@code docs/observability.md}: Boot's
 * {@code management.observations.enable.<name>} turns the starter's observations into
 * no-ops, by name, the way the starter creates them.
 */
class ObservationSwitchTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
		.withBean("anyHandler", ObservationHandler.class,
				() -> (ObservationHandler<Observation.Context>) (context) -> true);

	@Test
	void listenerObservationsCanBeSwitchedOffByName() {
		this.contextRunner.withPropertyValues("management.observations.enable.zmq.listener=false").run((context) -> {
			ObservationRegistry registry = context.getBean(ObservationRegistry.class);
			assertThat(listener(registry)).isTrue();
			assertThat(client(registry)).isFalse();
		});
	}

	@Test
	void everyZmqObservationCanBeSwitchedOffAtOnce() {
		this.contextRunner.withPropertyValues("management.observations.enable.zmq=false").run((context) -> {
			ObservationRegistry registry = context.getBean(ObservationRegistry.class);
			assertThat(listener(registry)).isTrue();
			assertThat(client(registry)).isTrue();
		});
	}

	private static boolean listener(ObservationRegistry registry) {
		return ZmqObservationDocumentation.LISTENER
			.observation(null, DefaultZmqListenerObservationConvention.INSTANCE,
					() -> new ZmqListenerObservationContext(MessageBuilder.withPayload(new byte[0]).build(), "orders",
							SocketType.ROUTER, "place"),
					registry)
			.isNoop();
	}

	private static boolean client(ObservationRegistry registry) {
		return ZmqObservationDocumentation.CLIENT_REQUESTS
			.observation(null, DefaultZmqClientObservationConvention.INSTANCE,
					() -> new ZmqClientObservationContext("orders-client", "place", Map.of()), registry)
			.isNoop();
	}

}
