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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints configured from environment variables, as {@code docs/configuration.md}
 * describes: Boot binds a variable to every endpoint whose name, without dashes, matches,
 * and also makes a map key of the variable's own (lower-case) name, so a dashed endpoint
 * or proxy gets a phantom twin (a proxy's twin binds the same addresses and fails the
 * start-up); names without dashes, {@code SPRING_APPLICATION_JSON} and placeholders do
 * not. The variables are in a {@link SystemEnvironmentPropertySource} standing in for the
 * process environment, below the application's own configuration as in a real
 * application.
 */
class ZmqEnvironmentVariablesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class));

	@Test
	void whenAVariableNamesADashedEndpointWithoutItsDashThenItConfiguresItAndAPhantomTwin() {
		this.contextRunner
			.withInitializer((context) -> environment(context.getEnvironment(),
					Map.of("ZMQ_ENDPOINTS_ORDERSCLIENT_CONNECT", "tcp://from-env:5555"),
					Map.of("zmq.endpoints.orders-client.connect", "tcp://from-yaml:5555")))
			.run((context) -> {
				Map<String, List<String>> endpoints = connectAddresses(context.getBean(ZmqEndpointDefinitions.class));
				assertThat(endpoints).containsOnlyKeys("orders-client", "ordersclient")
					.containsEntry("orders-client", List.of("tcp://from-env:5555"))
					.containsEntry("ordersclient", List.of("tcp://from-env:5555"));
			});
	}

	@Test
	void whenAVariableSetsAnOptionOfADashedProxyThenItsPhantomTwinBindsTheSameAddressesAndFails() {
		int frontend = TestSocketUtils.findAvailableTcpPort();
		int backend = TestSocketUtils.findAvailableTcpPort();
		this.contextRunner
			.withInitializer((context) -> environment(context.getEnvironment(),
					Map.of("ZMQ_PROXIES_ORDERQUEUE_FRONTEND_SENDHWM", "500"),
					Map.of("zmq.proxies.order-queue.frontend.bind", "tcp://127.0.0.1:" + frontend,
							"zmq.proxies.order-queue.backend.bind", "tcp://127.0.0.1:" + backend)))
			.run((context) -> assertThat(context.getStartupFailure()).cause()
				.isInstanceOf(ZmqException.class)
				.hasMessageContaining("failed to start: could not bind tcp://127.0.0.1:" + frontend)
				.hasMessageContaining("Address already in use"));
		this.contextRunner
			.withInitializer((context) -> environment(context.getEnvironment(),
					Map.of("ZMQ_PROXIES_ORDERQUEUE_FRONTEND_SENDHWM", "500"),
					Map.of("zmq.proxies.order-queue.frontend.bind", "tcp://127.0.0.1:" + frontend,
							"zmq.proxies.order-queue.backend.bind", "tcp://127.0.0.1:" + backend,
							"zmq.proxies.order-queue.auto-startup", "false")))
			.run((context) -> assertThat(context.getBean(ZmqProperties.class).getProxies())
				.containsOnlyKeys("order-queue", "orderqueue"));
	}

	@Test
	void whenEndpointNamesHaveNoDashThenVariablesConfigureExactlyThem() {
		this.contextRunner
			.withInitializer((context) -> environment(context.getEnvironment(),
					Map.of("ZMQ_ENDPOINTS_ORDERS_CONNECT", "tcp://from-env:5555", "ZMQ_ENDPOINTS_BILLING_CONNECT",
							"tcp://billing:5556"),
					Map.of("zmq.endpoints.orders.connect", "tcp://from-yaml:5555")))
			.run((context) -> assertThat(connectAddresses(context.getBean(ZmqEndpointDefinitions.class)))
				.containsOnlyKeys("orders", "billing")
				.containsEntry("orders", List.of("tcp://from-env:5555")));
	}

	@Test
	void whenAVariableOnlyHoldsAValueThroughAPlaceholderThenTheDashedEndpointIsTheOnlyOne() {
		this.contextRunner
			.withInitializer(
					(context) -> environment(context.getEnvironment(), Map.of("ORDERS_URL", "tcp://from-env:5555"),
							Map.of("zmq.endpoints.orders-client.connect", "${ORDERS_URL}")))
			.run((context) -> assertThat(connectAddresses(context.getBean(ZmqEndpointDefinitions.class)))
				.containsOnlyKeys("orders-client")
				.containsEntry("orders-client", List.of("tcp://from-env:5555")));
	}

	@Test
	void whenSpringApplicationJsonConfiguresADashedEndpointThenItConfiguresOnlyThatOne() {
		StandardEnvironment environment = new StandardEnvironment();
		environment(environment,
				Map.of("SPRING_APPLICATION_JSON",
						"{\"zmq\": {\"endpoints\": {\"orders-client\": {\"connect\": \"tcp://from-json:5555\"}}}}"),
				Map.of("zmq.endpoints.orders-client.connect", "tcp://from-yaml:5555"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZmqOnly.class)
			.web(WebApplicationType.NONE)
			.environment(environment)
			.properties("spring.main.banner-mode=off")
			.run()) {
			assertThat(connectAddresses(context.getBean(ZmqEndpointDefinitions.class)))
				.containsOnlyKeys("orders-client")
				.containsEntry("orders-client", List.of("tcp://from-json:5555"));
		}
	}

	private static Map<String, List<String>> connectAddresses(ZmqEndpointDefinitions definitions) {
		Map<String, List<String>> addresses = new HashMap<>();
		for (ZmqEndpointDefinition definition : definitions.all()) {
			addresses.put(definition.name(), definition.connect());
		}
		return addresses;
	}

	/**
	 * Put the variables in place of the process environment, and the application's own
	 * configuration (what {@code application.yml} would hold) last, below them.
	 */
	private static void environment(ConfigurableEnvironment environment, Map<String, Object> variables,
			Map<String, Object> configuration) {
		Map<String, Object> all = new HashMap<>(System.getenv());
		all.putAll(variables);
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
		environment.getPropertySources().addLast(new MapPropertySource("application.yml", configuration));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(ZmqAutoConfiguration.class)
	static class ZmqOnly {

	}

}
