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

package io.github.zmqspring.boot.autoconfigure.inline;

import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.inline.InlineServerApp.Greeter;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp.ClashingClient;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp.ComposedGreetingClient;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp.GreetingClient;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp.OverriddenClient;
import io.github.zmqspring.boot.autoconfigure.inline.client.InlineClientApp.TaskPusher;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Clients that declare {@code connect} on their annotation (with placeholders), directly
 * or through a composed annotation, against listeners bound to random ports in another
 * application; a configured endpoint of the same name overrides the inline addresses.
 */
class InlineClientsIntegrationTests {

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	@BeforeAll
	static void startApps() {
		server = TestApps.run(InlineServerApp.class);
		int greeterPort = TestApps.port(server, "greeter");
		client = TestApps.run(InlineClientApp.class, "greeter.port=" + greeterPort,
				"tasks.port=" + TestApps.port(server, "tasks"), "unused.port=" + TestApps.freePort(),
				"zmq.endpoints.overridden.connect=tcp://127.0.0.1:" + greeterPort);
	}

	@AfterAll
	static void stopApps() {
		client.close();
		server.close();
	}

	@Test
	void whenConnectIsInlineThenTheClientTalksToTheListenerAndIsNamedAfterItsInterface() {
		assertThat(client.getBean(GreetingClient.class).greet("inline")).isEqualTo("hello inline");
		ZmqEndpointRegistry registry = client.getBean(ZmqEndpointRegistry.class);
		assertThat(registry.getRequiredEndpoint("greetingClient").getConnectAddresses())
			.containsExactly("tcp://127.0.0.1:" + TestApps.port(server, "greeter"));
	}

	@Test
	void whenTheEndpointIsConfiguredThenItsPropertiesOverrideTheInlineAddresses() {
		assertThat(client.getBean(OverriddenClient.class).greet("configured")).isEqualTo("hello configured");
		assertThat(client.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("overridden").getConnectAddresses())
			.containsExactly("tcp://127.0.0.1:" + TestApps.port(server, "greeter"));
	}

	@Test
	void whenTheAnnotationIsComposedThenItsFixedAndAliasedAttributesApply() {
		assertThat(client.getBean(ComposedGreetingClient.class).greet("composed")).isEqualTo("hello composed");
		assertThat(client.getBean(ZmqEndpointRegistry.class).getEndpoint("composed-greeter")).isNotNull();
	}

	@Test
	void whenAPushClientConnectsInlineThenTheWorkerGetsTheMessages() {
		TaskPusher pusher = client.getBean(TaskPusher.class);
		Greeter greeter = server.getBean(Greeter.class);
		for (int i = 0; i < 5; i++) {
			pusher.push("task-" + i);
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(greeter.tasks).containsExactlyInAnyOrder("task-0", "task-1", "task-2",
					"task-3", "task-4"));
	}

	@Test
	void whenTwoClientsClaimOneEndpointNameWithOtherAddressesThenTheSecondFails() {
		client.getBean(GreetingClient.class);
		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(() -> client.getBean(ClashingClient.class))
			.havingRootCause()
			.withMessageStartingWith(
					"ZeroMQ client endpoint 'greetingClient' is declared with connect [tcp://127.0.0.1:")
			.withMessageEndingWith(": give the clients different 'endpoint' names");
	}

}
