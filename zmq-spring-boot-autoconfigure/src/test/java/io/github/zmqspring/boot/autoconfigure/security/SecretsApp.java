package io.github.zmqspring.boot.autoconfigure.security;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of {@code docs/security.md}'s example: a CURVE server {@code orders}
 * and a PLAIN server {@code telemetry}, each echoing what it gets.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SecretsApp {

	@Bean
	Echo echo() {
		return new Echo();
	}

	/**
	 * The handlers.
	 */
	static class Echo {

		@ZmqRouterListener(endpoint = "orders")
		String orders(String text) {
			return "orders:" + text;
		}

		@ZmqRouterListener(endpoint = "telemetry")
		String telemetry(String text) {
			return "telemetry:" + text;
		}

	}

}
