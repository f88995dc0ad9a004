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

package io.github.zmqspring.core;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ZmqEndpointDefinition} and {@link ZmqEndpointDefinitions}.
 */
class ZmqEndpointDefinitionsTests {

	@Test
	void whenBuiltWithoutAddressThenFailureNamesTheEndpoint() {
		assertThatIllegalStateException().isThrownBy(() -> ZmqEndpointDefinition.builder("orders").build())
			.withMessage("Endpoint 'orders' needs at least one bind or connect address");
	}

	@Test
	void whenAddressIsInvalidThenBuilderRejectsIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEndpointDefinition.builder("orders").bind(List.of("tcp://localhost")))
			.withMessageContaining("'tcp://localhost' is not a valid tcp address");
	}

	@Test
	void whenTypeIsPinnedThenOtherTypeIsRefused() {
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("orders")
			.type(SocketType.ROUTER)
			.bind(List.of("tcp://*:5555"))
			.build();
		assertThat(definition.withType(SocketType.ROUTER)).isSameAs(definition);
		assertThatIllegalStateException().isThrownBy(() -> definition.withType(SocketType.DEALER))
			.withMessage("Endpoint 'orders' is configured as ROUTER but is used as DEALER");
	}

	@Test
	void whenTypeIsOpenThenWithTypeSetsIt() {
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("orders")
			.connect(List.of("tcp://a:1"))
			.build();
		assertThat(definition.type()).isNull();
		ZmqEndpointDefinition dealer = definition.withType(SocketType.DEALER);
		assertThat(dealer.type()).isEqualTo(SocketType.DEALER);
		assertThat(dealer.connect()).containsExactly("tcp://a:1");
	}

	@Test
	void whenResolvingInlineEndpointThenDefaultsApply() {
		ZmqEndpointDefinitions definitions = new ZmqEndpointDefinitions(List.of(),
				(builder) -> builder.sendTimeout(Duration.ofSeconds(1)));
		ZmqEndpointDefinition inline = definitions.resolve("listener-1", "", List.of("tcp://*:*"), List.of());
		assertThat(inline.name()).isEqualTo("listener-1");
		assertThat(inline.sendTimeout()).isEqualTo(Duration.ofSeconds(1));
		assertThat(inline.bind()).containsExactly("tcp://*:*");
	}

	@Test
	void whenResolvingUnknownNameThenMessageSaysWhereToAddIt() {
		ZmqEndpointDefinitions definitions = ZmqEndpointDefinitions.empty();
		assertThatIllegalStateException().isThrownBy(() -> definitions.resolve("id", "orders", List.of(), List.of()))
			.withMessage(
					"No ZeroMQ endpoint named 'orders' is configured (known: []); add it under 'zmq.endpoints.orders'");
	}

	@Test
	void whenResolvingNameAndInlineAddressesThenItIsRefused() {
		ZmqEndpointDefinition orders = ZmqEndpointDefinition.builder("orders").bind(List.of("tcp://*:5555")).build();
		ZmqEndpointDefinitions definitions = new ZmqEndpointDefinitions(List.of(orders), (builder) -> {
		});
		assertThat(definitions.resolve("id", "orders", List.of(), List.of())).isSameAs(orders);
		assertThatIllegalStateException()
			.isThrownBy(() -> definitions.resolve("id", "orders", List.of("tcp://*:1"), List.of()))
			.withMessageContaining("declare either 'endpoint' or inline 'bind'/'connect' addresses, not both");
	}

	@Test
	void whenResolvingAClientThenTheConfiguredEndpointOverridesTheInlineAddresses() {
		ZmqEndpointDefinition orders = ZmqEndpointDefinition.builder("orders").connect(List.of("tcp://a:1")).build();
		ZmqEndpointDefinitions definitions = new ZmqEndpointDefinitions(List.of(orders),
				(builder) -> builder.requestTimeout(Duration.ofSeconds(3)));
		assertThat(definitions.resolveClient("orders", List.of("tcp://b:2"))).isSameAs(orders);
		ZmqEndpointDefinition inline = definitions.resolveClient("quotes", List.of("tcp://b:2"));
		assertThat(inline.name()).isEqualTo("quotes");
		assertThat(inline.connect()).containsExactly("tcp://b:2");
		assertThat(inline.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThatIllegalStateException().isThrownBy(() -> definitions.resolveClient("quotes", List.of()))
			.withMessage("No ZeroMQ endpoint named 'quotes' is configured (known: [orders]); add it under "
					+ "'zmq.endpoints.quotes' or declare 'connect' addresses on the client annotation");
	}

	@Test
	void whenAnAddressMapperIsSetThenNamedInlineAndClientAddressesGoThroughIt() {
		ZmqEndpointDefinition orders = ZmqEndpointDefinition.builder("orders").bind(List.of("tcp://*:5555")).build();
		ZmqEndpointDefinitions definitions = new ZmqEndpointDefinitions(List.of(orders), (builder) -> {
		}).withAddressMapper((address) -> address.replace(":5555", ":6666"));
		assertThat(definitions.get("orders").bind()).containsExactly("tcp://*:6666");
		assertThat(definitions.resolve("id", "", List.of(), List.of("tcp://a:5555")).connect())
			.containsExactly("tcp://a:6666");
		assertThat(definitions.resolveClient("client", List.of("tcp://b:5555")).connect())
			.containsExactly("tcp://b:6666");
		ZmqEndpointDefinition side = ZmqEndpointDefinition.builder("proxy-frontend")
			.bind(List.of("tcp://*:7777"))
			.build();
		assertThat(definitions.map(side)).isSameAs(side);
		assertThat(definitions.withAddressMapper((address) -> address.replace(":6666", ":7777")).get("orders").bind())
			.containsExactly("tcp://*:7777");
	}

}
