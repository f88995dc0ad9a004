package io.github.zmqspring.boot.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata generated from {@link ZmqProperties}.
 *
 * @author zmq-spring-boot
 */
class ZmqConfigurationMetadataTests {

	@Test
	void everyZmqPropertyHasADescription() throws Exception {
		Map<String, Map<String, Object>> properties = ZmqConfigurationMetadata.properties();
		assertThat(properties.keySet())
			.allMatch((name) -> name.startsWith("zmq.") || name.startsWith("management.endpoint.zmq.")
					|| name.equals("management.health.zmq.enabled"));
		assertThat(properties).allSatisfy((name, property) -> assertThat(property.get("description")).as(name)
			.asString()
			.isNotBlank());
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
		assertThat(properties.get("zmq.endpoints").get("type").toString())
			.endsWith("ZmqProperties$Endpoint>");
	}

}
