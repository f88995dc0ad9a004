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

import java.util.List;

import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqTestPorts}.
 */
class ZmqTestPortsTests {

	private final ZmqTestPorts ports = new ZmqTestPorts();

	@Test
	void whenAPortIsLocalThenEveryAddressWithItMovesToTheSameFreePort() {
		String bound = this.ports.apply("tcp://*:5555");
		String port = bound.substring(bound.lastIndexOf(':') + 1);
		assertThat(port).isNotEqualTo("5555");
		assertThat(this.ports.apply("tcp://localhost:5555")).isEqualTo("tcp://localhost:" + port);
		assertThat(this.ports.apply("tcp://127.0.0.1:5555")).isEqualTo("tcp://127.0.0.1:" + port);
		assertThat(this.ports.apply("tcp://127.0.0.1:" + port)).as("a port handed out stays")
			.isEqualTo("tcp://127.0.0.1:" + port);
	}

	@Test
	void whenAnAddressIsRemoteRandomOrNotTcpThenItStays() {
		assertThat(this.ports.apply("tcp://quotes-1:5556")).isEqualTo("tcp://quotes-1:5556");
		assertThat(this.ports.apply("tcp://*:*")).isEqualTo("tcp://*:*");
		assertThat(this.ports.apply("tcp://127.0.0.1:0")).isEqualTo("tcp://127.0.0.1:0");
		assertThat(this.ports.apply("inproc://orders")).isEqualTo("inproc://orders");
	}

	@Test
	void whenTheDefinitionsBeanIsProcessedThenItsAddressesMove() {
		ZmqEndpointDefinitions definitions = new ZmqEndpointDefinitions(
				List.of(ZmqEndpointDefinition.builder("orders").bind(List.of("tcp://*:5555")).build()), (builder) -> {
				});
		Object processed = this.ports.postProcessAfterInitialization(definitions, "zmqEndpointDefinitions");
		assertThat(((ZmqEndpointDefinitions) processed).get("orders").bind())
			.containsExactly(this.ports.apply("tcp://*:5555"))
			.doesNotContain("tcp://*:5555");
		assertThat(this.ports.postProcessAfterInitialization("other", "other")).isEqualTo("other");
	}

}
