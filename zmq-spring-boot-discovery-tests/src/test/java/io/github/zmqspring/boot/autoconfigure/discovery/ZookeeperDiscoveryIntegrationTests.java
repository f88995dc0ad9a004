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
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.address;
import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.addresses;
import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.health;
import static io.github.zmqspring.boot.autoconfigure.discovery.OrdersClientDiscovery.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A client endpoint that follows the instances of a service registered in a real
 * ZooKeeper server (curator-test's in-process {@link TestingServer}) through Spring Cloud
 * ZooKeeper discovery. The servers are real applications with a web server, so Spring
 * Cloud registers them with the ZeroMQ ports this starter publishes; one of them runs in
 * a JVM of its own and is killed hard.
 */
class ZookeeperDiscoveryIntegrationTests {

	/**
	 * Generous: the machine is shared; ZooKeeper changes reach the client in well under a
	 * second.
	 */
	private static final Duration WITHIN = Duration.ofSeconds(15);

	private final List<AutoCloseable> apps = new ArrayList<>();

	private TestingServer zookeeper;

	@AfterEach
	void close() throws Exception {
		for (int i = this.apps.size() - 1; i >= 0; i--) {
			this.apps.get(i).close();
		}
		if (this.zookeeper != null) {
			this.zookeeper.close();
		}
	}

	@Test
	void whenServersRegisterLeaveAndDieThenTheClientFollowsOnHeartbeatsAndNoRequestFails() throws Exception {
		this.zookeeper = new TestingServer();
		ConfigurableApplicationContext a = server("a");
		ConfigurableApplicationContext b = server("b");
		// registered itself, so Spring Cloud ZooKeeper publishes HeartbeatEvents; no
		// periodic look-up
		ConfigurableApplicationContext client = client(true, "1h");
		ZmqOperations template = client.getBean(ZmqOperations.class);

		List<ServiceInstance> registered = client.getBean(DiscoveryClient.class).getInstances("orders");
		assertThat(registered).extracting((instance) -> instance.getMetadata().get("zmq-orders-port"))
			.as("the ports published into the registration")
			.containsExactlyInAnyOrder(String.valueOf(DiscoveryTestApps.port(a, "orders")),
					String.valueOf(DiscoveryTestApps.port(b, "orders")));
		Map<String, Integer> spread = Traffic.send(template, 1000).servedBy();
		assertThat(spread).containsOnlyKeys("a", "b");
		assertThat(spread.get("a")).isGreaterThan(100);
		assertThat(spread.get("b")).isGreaterThan(100);

		ConfigurableApplicationContext c = server("c");
		await().atMost(WITHIN).until(() -> status(client).instances().contains(address(c)));
		assertThat(Traffic.send(template, 300).servedBy()).containsKey("c");

		Traffic inFlight = Traffic.send(template, 1000);
		a.close();
		assertThat(inFlight.servedBy()).as("every request answered while 'a' deregistered").containsKeys("b", "c");
		await().atMost(WITHIN).until(() -> status(client).instances().equals(addresses(b, c)));
		assertThat(Traffic.send(template, 300).servedBy()).containsOnlyKeys("b", "c");

		ForkedApp d = forkedServer("d");
		String dAddress = "tcp://127.0.0.1:" + d.ask("port", WITHIN);
		await().atMost(WITHIN).until(() -> status(client).instances().contains(dAddress));
		assertThat(Traffic.send(template, 300).servedBy()).containsKey("d");
		inFlight = Traffic.send(template, 1000);
		d.kill();
		assertThat(inFlight.servedBy()).as("every request answered although 'd' died").containsKeys("b", "c");
		assertThat(Traffic.send(template, 300).servedBy()).as("its connection closed: nothing more to 'd'")
			.containsOnlyKeys("b", "c");
		await().atMost(WITHIN)
			.alias("gone from the registry when its session (3s) expired")
			.until(() -> status(client).instances().equals(addresses(b, c)));
		ZmqDiscoveryStatus status = status(client);
		assertThat(status.disconnects()).isEqualTo(2);
		assertThat(status.error()).isNull();
	}

	@Test
	void whenRegistryGoesDownThenTheClientKeepsItsInstancesAndSaysSoUntilItReturns() throws Exception {
		this.zookeeper = new TestingServer();
		ConfigurableApplicationContext a = server("a");
		ConfigurableApplicationContext client = client(false, "500ms");
		ZmqOperations template = client.getBean(ZmqOperations.class);
		assertThat(template.request("orders-client", "who", "hello", String.class)).isEqualTo("a");

		this.zookeeper.stop();
		await().atMost(WITHIN).until(() -> status(client).isStale());
		ZmqDiscoveryStatus stale = status(client);
		assertThat(stale.instances()).containsExactly(address(a));
		assertThat(stale.error()).as("ZooKeeper's own reason").contains("KeeperErrorCode");
		assertThat(template.request("orders-client", "who", "hello", String.class))
			.as("still sent to the last known instance")
			.isEqualTo("a");
		Health health = health(client);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		String json = JsonMapper.builder().build().writeValueAsString(health.getDetails().get("discovery"));
		assertThat(json).contains("\"stale\":true").contains("\"error\":\"");

		this.zookeeper.restart();
		// the server's registration may have expired with its session while ZooKeeper was
		// down:
		// a look-up can then succeed with no instance until the server has registered
		// again
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !status(client).isStale() && status(client).instances().equals(List.of(address(a))));
		assertThat(template.request("orders-client", "who", "hello", String.class)).isEqualTo("a");
	}

	@Test
	void whenRegistryIsDownAtStartupThenTheClientStartsWithNoInstanceAndRecovers() throws Exception {
		this.zookeeper = new TestingServer(DiscoveryTestApps.freePort(), false);
		ConfigurableApplicationContext client = client(false, "500ms");
		ZmqOperations template = client.getBean(ZmqOperations.class);
		ZmqDiscoveryStatus status = status(client);
		assertThat(status.instances()).isEmpty();
		assertThat(status.lastSuccess()).isNull();
		assertThat(status.error()).isNotBlank();
		assertThatExceptionOfType(ZmqNoInstancesException.class)
			.isThrownBy(() -> template.request("orders-client", "who", "hello", String.class));
		Health health = health(client);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason")).asString()
			.startsWith("no instance of service 'orders' known yet: ")
			.contains("KeeperErrorCode");

		this.zookeeper.start();
		server("a");
		await().atMost(Duration.ofSeconds(30)).until(() -> status(client).instances().size() == 1);
		assertThat(template.request("orders-client", "who", "hello", String.class)).isEqualTo("a");
		assertThat(health(client).getStatus()).isEqualTo(Status.UP);
	}

	private ConfigurableApplicationContext server(String name) {
		ConfigurableApplicationContext server = new SpringApplicationBuilder(DiscoveryServerApp.class)
			.properties("spring.main.banner-mode=off")
			.run(serverArgs(name).toArray(String[]::new));
		this.apps.add(server);
		return server;
	}

	private ForkedApp forkedServer(String name) {
		ForkedApp server = ForkedApp.start("server", List.of(), serverArgs(name));
		this.apps.add(server);
		return server;
	}

	/**
	 * A registered server: a web server on a random port, so Spring Cloud registers it,
	 * and its {@code orders} endpoint on a random port, published in its metadata.
	 */
	private List<String> serverArgs(String name) {
		List<String> args = new ArrayList<>(zookeeperArgs());
		args.addAll(List.of("--spring.application.name=orders", "--test.server-name=" + name, "--server.port=0",
				"--server.address=127.0.0.1", "--zmq.endpoints.orders.bind=tcp://127.0.0.1:*"));
		return args;
	}

	/**
	 * A client of service {@code orders}.
	 * @param registered whether it runs a web server and so registers itself (as
	 * {@code orders-client}); only then does Spring Cloud ZooKeeper publish
	 * {@code HeartbeatEvent}s in it
	 * @param refreshInterval the look-up interval
	 */
	private ConfigurableApplicationContext client(boolean registered, String refreshInterval) {
		List<String> args = new ArrayList<>(zookeeperArgs());
		args.addAll(List.of("--spring.application.name=orders-client",
				"--zmq.endpoints.orders-client.discovery.service-id=orders",
				"--zmq.endpoints.orders-client.discovery.refresh-interval=" + refreshInterval,
				"--zmq.endpoints.orders-client.request-timeout=1s", "--zmq.endpoints.orders-client.retry.max-retries=5",
				"--zmq.endpoints.orders-client.retry.delay=50ms",
				// a look-up while ZooKeeper is down fails after 2 attempts of
				// connection-timeout each
				"--spring.cloud.zookeeper.max-retries=1",
				// start-up waits this long for ZooKeeper, then goes on without it
				"--spring.cloud.zookeeper.block-until-connected-wait=1"));
		if (registered) {
			args.addAll(List.of("--server.port=0", "--server.address=127.0.0.1"));
		}
		ConfigurableApplicationContext client = new SpringApplicationBuilder(DiscoveryClientApp.class)
			.web(registered ? WebApplicationType.SERVLET : WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.run(args.toArray(String[]::new));
		this.apps.add(client);
		return client;
	}

	/**
	 * Command-line arguments, so that they win over the test
	 * {@code application.properties} that turns Spring Cloud ZooKeeper off for the other
	 * tests.
	 */
	private List<String> zookeeperArgs() {
		return List.of("--spring.cloud.zookeeper.enabled=true",
				"--spring.cloud.zookeeper.connect-string=" + this.zookeeper.getConnectString(),
				"--spring.cloud.zookeeper.session-timeout=3000", "--spring.cloud.zookeeper.connection-timeout=3000",
				"--spring.cloud.zookeeper.discovery.instance-host=127.0.0.1");
	}

}
