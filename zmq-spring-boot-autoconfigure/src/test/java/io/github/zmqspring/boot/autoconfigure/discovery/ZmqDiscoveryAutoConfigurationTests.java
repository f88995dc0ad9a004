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

package io.github.zmqspring.boot.autoconfigure.discovery;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.discovery.ZmqDiscoveryStatus;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.boot.discovery.ZmqRegistrationPorts;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.discovery.event.InstancePreRegisteredEvent;
import org.springframework.cloud.client.serviceregistry.Registration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqDiscoveryAutoConfiguration}: the ports a server publishes, and the
 * validation of the discovery properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZmqDiscoveryAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class, ZmqDiscoveryAutoConfiguration.class));

	@Test
	void whenApplicationRegistersThenBoundPortsArePublishedAsValidMetadataKeys(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(InlineListener.class)
			.withPropertyValues("zmq.endpoints.orders.bind=tcp://127.0.0.1:*",
					"zmq.endpoints.order_events-v2.bind=tcp://127.0.0.1:*", "zmq.endpoints.local.bind=inproc://local")
			.run((context) -> {
				Map<String, String> metadata = register(context);
				assertThat(metadata).containsOnlyKeys("instance_status", "zmq-orders-port", "zmq-order_events-v2-port");
				assertThat(metadata.get("zmq-orders-port"))
					.isEqualTo(context.getEnvironment().getProperty("local.zmq.orders.port"));
				assertThat(metadata.get("zmq-order_events-v2-port"))
					.isEqualTo(context.getEnvironment().getProperty("local.zmq.order_events-v2.port"));
				assertThat(metadata.keySet()).allMatch((key) -> key.matches("[A-Za-z0-9_-]{1,63}"));
				assertThat(output).contains("Not publishing the ZeroMQ port of endpoint(s) [inlineListener.who]");
			});
	}

	@Test
	void whenPublishingIsTurnedOffThenNoPortIsPublished() {
		this.contextRunner.withUserConfiguration(InlineListener.class)
			.withPropertyValues("zmq.endpoints.orders.bind=tcp://127.0.0.1:*",
					"zmq.endpoints.order_events-v2.bind=tcp://127.0.0.1:*", "zmq.discovery.publish-ports=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(ZmqRegistrationPorts.class);
				assertThat(register(context)).containsOnlyKeys("instance_status");
			});
	}

	@Test
	void whenEndpointIdIsNotAValidKeyThenItIsNotPublishable() {
		assertThat(ZmqRegistrationPorts.metadataKey("orders")).isEqualTo("zmq-orders-port");
		assertThat(ZmqRegistrationPorts.isPublishable("a".repeat(54))).isTrue();
		assertThat(ZmqRegistrationPorts.isPublishable("a".repeat(55))).as("63 characters in the key at most").isFalse();
		assertThat(ZmqRegistrationPorts.isPublishable("bean.method")).isFalse();
		assertThat(ZmqRegistrationPorts.isPublishable("orders/v2")).isFalse();
		assertThat(ZmqRegistrationPorts.isPublishable("")).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					dns=orders.svc, service-id=orders | zmq.endpoints.orders.discovery.dns | set either 'zmq.endpoints.orders.discovery.service-id' or 'zmq.endpoints.orders.discovery.dns', not both
					dns=orders.svc | zmq.endpoints.orders.discovery.port | a DNS name gives no port: set 'zmq.endpoints.orders.discovery.port'
					dns=orders.svc, port=0 | zmq.endpoints.orders.discovery.port | must be from 1 to 65535
					dns=orders.svc, port=65536 | zmq.endpoints.orders.discovery.port | must be from 1 to 65535
					dns=orders.svc, port=5555, refresh-interval=0s | zmq.endpoints.orders.discovery.refresh-interval | must be positive
					service-id=orders | zmq.endpoints.orders.discovery.service-id | no DiscoveryClient bean: add a Spring Cloud discovery client
					""")
	void whenDiscoveryIsMisconfiguredThenStartupFailsNamingTheProperty(String settings, String property,
			String reason) {
		String[] properties = Arrays.stream(settings.split(", "))
			.map((setting) -> "zmq.endpoints.orders.discovery." + setting)
			.toArray(String[]::new);
		this.contextRunner.withPropertyValues(properties).run((context) -> assertFailure(context, property, reason));
	}

	@Test
	void whenAProxySideHasDiscoveryThenStartupFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("zmq.proxies.broker.frontend.bind=tcp://127.0.0.1:*",
					"zmq.proxies.broker.backend.discovery.service-id=workers")
			.run((context) -> assertFailure(context, "zmq.proxies.broker.backend.discovery.service-id",
					"a proxy's sockets have fixed addresses"));
	}

	private static void assertFailure(AssertableApplicationContext context, String property, String reason) {
		assertThat(context).hasFailed();
		assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageStartingWith("Property " + property + " with value")
			.hasMessageContaining(reason);
	}

	@Test
	void whenDnsIsSetThenTheEndpointFollowsTheNameWithImmediateOn() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.orders.discovery.dns=localhost",
					"zmq.endpoints.orders.discovery.port=5555")
			.run((context) -> {
				ZmqDiscoveryStatus status = context.getBean(ZmqEndpointDiscovery.class).getStatus("orders");
				assertThat(status.source()).isEqualTo("DNS name 'localhost', port 5555");
				assertThat(status.instances()).contains("tcp://127.0.0.1:5555");
				ZmqEndpointDefinition definition = context.getBean(ZmqEndpointDefinitions.class).get("orders");
				assertThat(definition.dynamicConnect()).isTrue();
				assertThat(definition.options().immediate()).isTrue();
			});
	}

	/**
	 * Publish Spring Cloud's event before registration, as a {@code ServiceRegistry}
	 * does, with a registration that already has the metadata Spring Cloud adds.
	 */
	private static Map<String, String> register(ApplicationContext context) {
		Map<String, String> metadata = new HashMap<>(Map.of("instance_status", "UP"));
		Registration registration = new TestRegistration(metadata);
		context.publishEvent(new InstancePreRegisteredEvent(context, registration));
		return metadata;
	}

	/**
	 * A service instance about to be registered.
	 */
	static class TestRegistration extends DefaultServiceInstance implements Registration {

		TestRegistration(Map<String, String> metadata) {
			super("orders-1", "orders", "127.0.0.1", 8080, false, metadata);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InlineListener {

		@Bean
		InlineListenerService inlineListener() {
			return new InlineListenerService();
		}

	}

	/**
	 * Listeners on two named endpoints, and one whose endpoint is declared inline, so its
	 * id is {@code bean.method}.
	 */
	static class InlineListenerService {

		@ZmqRouterListener(endpoint = "orders")
		String orders(String ignored) {
			return "orders";
		}

		@ZmqRouterListener(endpoint = "order_events-v2")
		String events(String ignored) {
			return "events";
		}

		@ZmqRouterListener(bind = "tcp://127.0.0.1:*")
		String who(String ignored) {
			return "me";
		}

	}

}
