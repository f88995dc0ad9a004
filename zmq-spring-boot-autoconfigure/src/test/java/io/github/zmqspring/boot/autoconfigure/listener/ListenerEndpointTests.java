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

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import io.github.zmqspring.protocol.ZmqStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Listener attributes that shape the endpoint: an inline {@code bind} with an {@code id},
 * a placeholder {@code autoStartup}, control through the registry by id, and
 * {@code @Valid} payloads checked with Boot's validator.
 */
class ListenerEndpointTests {

	@Test
	void anInlineListenerThatDoesNotAutoStartIsStartedPausedAndResumedById() {
		try (ConfigurableApplicationContext app = run("inline.auto-startup=false")) {
			ZmqEndpointRegistry registry = app.getBean(ZmqEndpointRegistry.class);
			ZmqEndpoint inline = registry.getRequiredEndpoint("inline-orders");
			assertThat(inline.getState()).isEqualTo(ZmqEndpointState.STOPPED);
			assertThat(inline.getBoundAddresses()).isEmpty();

			registry.start("inline-orders");
			assertThat(inline.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.zmq.inline-orders.port"));
			try (ConfigurableApplicationContext client = runClient(port)) {
				ZmqOperations template = client.getBean(ZmqOperations.class);
				assertThat(template.request("orders-client", "check", new Order("book", 2), String.class))
					.isEqualTo("ok: 2 x book");

				inline.pause();
				assertThat(inline.getState()).isEqualTo(ZmqEndpointState.PAUSED);
				var pending = template.requestAsync("orders-client", "check", new Order("pen", 1), String.class);
				assertThat(pending).failsWithin(Duration.ofMillis(300));
			}
			inline.resume();
			assertThat(inline.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			registry.stop("inline-orders");
			assertThat(inline.getState()).isEqualTo(ZmqEndpointState.STOPPED);
		}
	}

	@Test
	void whenBindingErrorsAreIncludedThenAnInvalidPayloadIsRejectedWithA400NamingTheField() {
		try (ConfigurableApplicationContext app = run("inline.auto-startup=true",
				"zmq.listener.error.include-binding-errors=always")) {
			int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.zmq.inline-orders.port"));
			try (ConfigurableApplicationContext client = runClient(port)) {
				ZmqOperations template = client.getBean(ZmqOperations.class);
				assertThatExceptionOfType(ZmqRemoteException.class)
					.isThrownBy(() -> template.request("orders-client", "check", new Order("book", 0), String.class))
					.satisfies((ex) -> {
						assertThat(ex.getStatus()).isEqualTo(ZmqStatus.BAD_REQUEST);
						assertThat(ex.getRemoteMessage()).startsWith("Invalid order: quantity ").endsWith("(was 0)");
					});
				assertThat(template.request("orders-client", "check", new Order("book", 1), String.class))
					.isEqualTo("ok: 1 x book");
			}
		}
	}

	private static ConfigurableApplicationContext run(String... properties) {
		return new SpringApplicationBuilder(InlineApp.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	private static ConfigurableApplicationContext runClient(int port) {
		return new SpringApplicationBuilder(ClientApp.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "zmq.endpoints.orders-client.connect=tcp://127.0.0.1:" + port,
					"zmq.endpoints.orders-client.request-timeout=5s")
			.run();
	}

	/**
	 * An order as the listener validates it.
	 *
	 * @param sku the product
	 * @param quantity how many, at least one
	 */
	record Order(@NotBlank String sku, @Min(1) int quantity) {
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class InlineApp {

		@Bean
		OrderChecker orderChecker() {
			return new OrderChecker();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ClientApp {

	}

	static class OrderChecker {

		@ZmqRouterListener(id = "inline-orders", bind = "tcp://127.0.0.1:*", route = "check",
				autoStartup = "${inline.auto-startup}")
		String check(@Valid Order order) {
			return "ok: " + order.quantity() + " x " + order.sku();
		}

	}

}
