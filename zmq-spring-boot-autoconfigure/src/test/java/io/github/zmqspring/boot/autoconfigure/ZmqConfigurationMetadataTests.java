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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata generated from {@link ZmqProperties}.
 */
class ZmqConfigurationMetadataTests {

	@Test
	void everyZmqPropertyHasADescription() throws Exception {
		Map<String, Map<String, Object>> properties = ZmqConfigurationMetadata.properties();
		assertThat(properties.keySet()).allMatch((name) -> name.startsWith("zmq.")
				|| name.startsWith("management.endpoint.zmq.") || name.equals("management.health.zmq.enabled"));
		assertThat(properties)
			.allSatisfy((name, property) -> assertThat(property.get("description")).as(name).asString().isNotBlank());
	}

	@Test
	void keyPropertiesArePresent() throws Exception {
		Map<String, Map<String, Object>> properties = ZmqConfigurationMetadata.properties();
		assertThat(properties).containsKeys("zmq.defaults.send-hwm", "zmq.context.shutdown-timeout", "zmq.endpoints",
				"zmq.defaults.heartbeat.interval", "zmq.defaults.reconnect.max-interval", "zmq.listener.concurrency",
				"zmq.listener.pool-size");
		assertThat(properties.get("zmq.context.shutdown-timeout")).containsEntry("type", "java.time.Duration")
			.containsEntry("defaultValue", "10s");
		assertThat(properties.get("zmq.defaults.max-message-size")).containsEntry("type",
				"org.springframework.util.unit.DataSize");
		assertThat(properties.get("zmq.endpoints").get("type").toString()).endsWith("ZmqProperties$Endpoint>");
	}

}
