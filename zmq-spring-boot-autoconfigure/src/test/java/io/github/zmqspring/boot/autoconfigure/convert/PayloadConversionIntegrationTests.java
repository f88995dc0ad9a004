package io.github.zmqspring.boot.autoconfigure.convert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.ConversionClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payload conversion between two Spring Boot applications over ROUTER/DEALER on
 * 127.0.0.1, both with {@code spring.jackson.property-naming-strategy=SNAKE_CASE}.
 *
 * @author zmq-spring-boot
 */
class PayloadConversionIntegrationTests {

	private static final String SNAKE_CASE = "spring.jackson.property-naming-strategy=SNAKE_CASE";

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	private static int port;

	@BeforeAll
	static void startApps() {
		server = TestApps.run(ConversionServerApp.class, SNAKE_CASE, "zmq.endpoints.convert.bind=tcp://127.0.0.1:*");
		port = TestApps.port(server, "convert");
		client = TestApps.run(ConversionClientApp.class, SNAKE_CASE,
				"zmq.endpoints.convert-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.convert-client.request-timeout=5s");
	}

	@AfterAll
	static void stopApps() {
		client.close();
		server.close();
	}

	private static ConversionClient converting() {
		return client.getBean(ConversionClient.class);
	}

	private static Order order() {
		return new Order("o-1", Instant.parse("2026-11-23T10:15:30.123456789Z"),
				List.of(Map.of("sku", "A-1", "qty", 2, "tags", List.of("red", "big")), Map.of("sku", "B-2", "qty", 1)));
	}

	@Test
	void jsonRecordWithInstantAndNestedCollectionsRoundTrips() {
		Order reply = converting().order(order());
		assertThat(reply.orderId()).isEqualTo("o-1");
		assertThat(reply.placedAt()).isEqualTo(order().placedAt());
		assertThat(reply.lines()).hasSize(3)
			.startsWith(order().lines().get(0), order().lines().get(1))
			.endsWith(Map.of("sku", "gift", "qty", 1));
	}

	@Test
	void theApplicationJacksonSettingsApplyOnTheWireBothWays() {
		String request = new String(converting().orderRequestBytes(order()), StandardCharsets.UTF_8);
		assertThat(request).contains("\"order_id\":\"o-1\"", "\"placed_at\":").doesNotContain("orderId");
		String reply = new String(converting().orderReplyBytes(order()), StandardCharsets.UTF_8);
		assertThat(reply).contains("\"order_id\":\"o-1\"", "\"placed_at\":", "\"gift\"").doesNotContain("placedAt");
	}

}
