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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.boot.discovery.ZmqDiscoveryStatus;
import io.github.zmqspring.client.ZmqNoInstancesException;
import io.github.zmqspring.client.ZmqOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.SimpleDiscoveryProperties;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.addresses;
import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.health;
import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A client endpoint that follows the instances of a service through Spring Cloud's
 * {@code SimpleDiscoveryClient} (instances from properties, changed while the client
 * runs), against real server applications on loopback TCP.
 */
class SimpleDiscoveryIntegrationTests {

	private static final Duration REFRESH = Duration.ofMillis(300);

	/** Generous: the machine is shared; a refresh takes well under a second. */
	private static final Duration WITHIN_REFRESHES = Duration.ofSeconds(10);

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@AfterEach
	void close() {
		this.apps.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void whenInstancesComeAndGoThenRequestsFollowThemAndNoneFails() {
		ConfigurableApplicationContext a = server("a");
		ConfigurableApplicationContext b = server("b");
		ConfigurableApplicationContext client = client(a, b);
		ZmqOperations template = client.getBean(ZmqOperations.class);

		Map<String, Integer> spread = Traffic.send(template, 1000).servedBy();
		assertThat(spread).containsOnlyKeys("a", "b");
		assertThat(spread.get("a")).isGreaterThan(100);
		assertThat(spread.get("b")).isGreaterThan(100);

		ConfigurableApplicationContext c = server("c");
		setInstances(client, a, b, c);
		await().atMost(WITHIN_REFRESHES).until(() -> status(client).instances().size() == 3);
		assertThat(Traffic.send(template, 300).servedBy()).containsKey("c");

		Traffic inFlight = Traffic.send(template, 1000);
		setInstances(client, b, c);
		a.close();
		assertThat(inFlight.servedBy()).as("every request answered, retried where its server went away")
			.containsKeys("b", "c");
		await().atMost(WITHIN_REFRESHES).until(() -> status(client).instances().equals(addresses(b, c)));
		assertThat(Traffic.send(template, 300).servedBy()).containsOnlyKeys("b", "c");
		ZmqDiscoveryStatus status = status(client);
		assertThat(status.connects()).isEqualTo(3);
		assertThat(status.disconnects()).isEqualTo(1);
		assertThat(status.error()).isNull();
	}

	@Test
	void whenNoInstanceIsLeftThenRequestsFailFastAndHealthSaysWhyUntilOneReturns() {
		ConfigurableApplicationContext a = server("a");
		ConfigurableApplicationContext client = client(a);
		ZmqOperations template = client.getBean(ZmqOperations.class);
		assertThat(template.request("orders-client", "who", "hello", String.class)).isEqualTo("a");

		setInstances(client);
		await().atMost(WITHIN_REFRESHES).until(() -> status(client).instances().isEmpty());
		long start = System.nanoTime();
		assertThatExceptionOfType(ZmqNoInstancesException.class)
			.isThrownBy(() -> template.request("orders-client", "who", "hello", String.class))
			.withMessageContaining("orders-client");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the 5s request timeout")
			.isLessThan(Duration.ofSeconds(2));
		Health health = health(client);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason")).asString().contains("no instance of service 'orders'");

		setInstances(client, a);
		await().atMost(WITHIN_REFRESHES).until(() -> status(client).instances().size() == 1);
		assertThat(template.request("orders-client", "who", "hello", String.class)).isEqualTo("a");
		await().atMost(WITHIN_REFRESHES).until(() -> health(client).getStatus().equals(Status.UP));
	}

	private ConfigurableApplicationContext server(String name) {
		ConfigurableApplicationContext server = DiscoveryTestApps.run(DiscoveryServerApp.class,
				"test.server-name=" + name, "zmq.endpoints.orders.bind=tcp://127.0.0.1:*");
		this.apps.add(server);
		return server;
	}

	private ConfigurableApplicationContext client(ConfigurableApplicationContext... servers) {
		List<String> properties = new ArrayList<>(List.of("zmq.endpoints.orders-client.discovery.service-id=orders",
				"zmq.endpoints.orders-client.discovery.refresh-interval=" + REFRESH.toMillis() + "ms",
				"zmq.endpoints.orders-client.request-timeout=1s", "zmq.endpoints.orders-client.retry.max-retries=5",
				"zmq.endpoints.orders-client.retry.delay=50ms"));
		for (int i = 0; i < servers.length; i++) {
			String prefix = "spring.cloud.discovery.client.simple.instances.orders[" + i + "].";
			properties.add(prefix + "instance-id=" + name(servers[i]));
			properties.add(prefix + "host=127.0.0.1");
			properties.add(prefix + "port=8080");
			properties.add(prefix + "metadata[zmq-orders-port]=" + DiscoveryTestApps.port(servers[i], "orders"));
		}
		ConfigurableApplicationContext client = DiscoveryTestApps.run(DiscoveryClientApp.class,
				properties.toArray(String[]::new));
		this.apps.add(client);
		return client;
	}

	/**
	 * Change the instances the client's {@code SimpleDiscoveryClient} returns, as a
	 * registry would when servers register and leave.
	 */
	private static void setInstances(ConfigurableApplicationContext client, ConfigurableApplicationContext... servers) {
		List<InstanceProperties> instances = new ArrayList<>();
		for (ConfigurableApplicationContext server : servers) {
			InstanceProperties instance = new InstanceProperties();
			instance.setServiceId("orders");
			instance.setInstanceId(name(server));
			instance.setHost("127.0.0.1");
			instance.setPort(8080);
			instance.getMetadata().put("zmq-orders-port", String.valueOf(DiscoveryTestApps.port(server, "orders")));
			instances.add(instance);
		}
		client.getBean(SimpleDiscoveryProperties.class).getInstances().put("orders", instances);
	}

	private static String name(ConfigurableApplicationContext server) {
		return server.getEnvironment().getRequiredProperty("test.server-name");
	}

}
