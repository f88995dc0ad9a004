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

package io.github.zmqspring.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DiscoveryClientInstanceResolver}: which port each instance gets, and
 * which instances are skipped and why, with Spring Cloud's {@link SimpleDiscoveryClient}.
 */
class DiscoveryClientInstanceResolverTests {

	private final List<InstanceProperties> instances = new ArrayList<>();

	@Test
	void whenInstancesPublishTheirPortThenEachIsAnAddress() {
		instance("a", "10.0.0.1", Map.of("zmq-orders-port", "5555", "instance_status", "UP"));
		instance("b", "10.0.0.2", Map.of("zmq-orders-port", " 5556 "));
		instance("c", "fd00::3", Map.of("zmq-orders-port", "5557"));
		ZmqInstanceResolver.Instances found = resolver(null, null).resolve();
		assertThat(found.addresses()).containsExactly("tcp://10.0.0.1:5555", "tcp://10.0.0.2:5556",
				"tcp://[fd00::3]:5557");
		assertThat(found.skipped()).isEmpty();
	}

	@Test
	void whenInstanceHasNoUsablePortOrHostThenItIsSkippedWithTheReason() {
		instance("ok", "10.0.0.1", Map.of("zmq-orders-port", "5555"));
		instance("none", "10.0.0.2", Map.of("instance_status", "UP"));
		instance("text", "10.0.0.3", Map.of("zmq-orders-port", "fifty"));
		instance("zero", "10.0.0.4", Map.of("zmq-orders-port", "0"));
		instance("high", "10.0.0.5", Map.of("zmq-orders-port", "65536"));
		instance("two", "10.0.0.6", Map.of("zmq-orders-port", "5555", "zmq-events-port", "5556"));
		instance("nohost", "", Map.of("zmq-orders-port", "5555"));
		instance("badhost", "10.0.0.8/x", Map.of("zmq-orders-port", "5555"));
		instance("any", "*", Map.of("zmq-orders-port", "5555"));
		instance("source", "10.0.0.9;10.0.0.1", Map.of("zmq-orders-port", "5555"));
		ZmqInstanceResolver.Instances found = resolver(null, null).resolve();
		assertThat(found.addresses()).containsExactly("tcp://10.0.0.1:5555");
		assertThat(found.skipped()).hasSize(9)
			.anySatisfy((reason) -> assertThat(reason).startsWith("none (10.0.0.2): no 'zmq-<endpoint>-port' metadata"))
			.anySatisfy((reason) -> assertThat(reason)
				.isEqualTo("text (10.0.0.3): metadata 'zmq-orders-port' is not a port: fifty"))
			.anySatisfy((reason) -> assertThat(reason)
				.isEqualTo("zero (10.0.0.4): metadata 'zmq-orders-port' is not a port: 0"))
			.anySatisfy((reason) -> assertThat(reason)
				.isEqualTo("high (10.0.0.5): metadata 'zmq-orders-port' is not a port: 65536"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("two (10.0.0.6): several ZeroMQ ports"))
			.anySatisfy((reason) -> assertThat(reason).isEqualTo("nohost (): no host"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("badhost (10.0.0.8/x): "))
			.anySatisfy((reason) -> assertThat(reason).isEqualTo("any (*): not a host: '*'"))
			.anySatisfy((reason) -> assertThat(reason)
				.isEqualTo("source (10.0.0.9;10.0.0.1): not a host: '10.0.0.9;10.0.0.1'"));
	}

	@Test
	void whenPortOrMetadataKeyIsGivenThenItWins() {
		instance("a", "10.0.0.1", Map.of("zmq-orders-port", "5555", "zmq-events-port", "5556", "port.zmq", "6000"));
		assertThat(resolver(7000, null).resolve().addresses()).containsExactly("tcp://10.0.0.1:7000");
		assertThat(resolver(null, "port.zmq").resolve().addresses()).containsExactly("tcp://10.0.0.1:6000");
		assertThat(resolver(null, "zmq-events-port").resolve().addresses()).containsExactly("tcp://10.0.0.1:5556");
		ZmqInstanceResolver.Instances missing = resolver(null, "port.other").resolve();
		assertThat(missing.addresses()).isEmpty();
		assertThat(missing.skipped()).containsExactly("a (10.0.0.1): no metadata 'port.other'");
	}

	private void instance(String id, String host, Map<String, String> metadata) {
		InstanceProperties instance = new InstanceProperties();
		instance.setServiceId("orders");
		instance.setInstanceId(id);
		instance.setHost(host);
		instance.setPort(8080);
		instance.getMetadata().putAll(metadata);
		this.instances.add(instance);
	}

	private DiscoveryClientInstanceResolver resolver(@Nullable Integer port, @Nullable String portMetadataKey) {
		SimpleDiscoveryProperties properties = new SimpleDiscoveryProperties();
		properties.getInstances().put("orders", this.instances);
		return new DiscoveryClientInstanceResolver(new SimpleDiscoveryClient(properties), "orders", port,
				portMetadataKey);
	}

}
