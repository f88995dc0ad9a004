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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client endpoint that follows the addresses of a DNS name. The client runs in a JVM of
 * its own whose resolver reads a hosts file ({@code -Djdk.net.hosts.file}, with the JVM's
 * address cache off); the test rewrites the file while the client runs, and the name
 * resolves to one or both of two loopback addresses, 127.0.0.1 and 127.0.0.2, where two
 * servers listen on the same port. The look-up is the JVM's real one
 * ({@code InetAddress.getAllByName}); only the records come from a file instead of a DNS
 * server.
 */
class DnsDiscoveryIntegrationTests {

	private static final String NAME = "orders.zmq.test";

	private static final Duration WITHIN = Duration.ofSeconds(15);

	private final List<AutoCloseable> apps = new ArrayList<>();

	@TempDir
	Path directory;

	@AfterEach
	void close() throws Exception {
		for (int i = this.apps.size() - 1; i >= 0; i--) {
			this.apps.get(i).close();
		}
	}

	@Test
	void whenTheNameResolvesToOtherAddressesThenTheClientFollowsThemOnTheNextRefresh() throws IOException {
		int port = DiscoveryTestApps.freePort();
		server("a", "tcp://127.0.0.1:" + port);
		server("b", "tcp://127.0.0.2:" + port);
		String first = "tcp://127.0.0.1:" + port;
		String second = "tcp://127.0.0.2:" + port;
		Path hosts = this.directory.resolve("hosts");
		resolve(hosts, "127.0.0.1");
		ForkedApp client = ForkedApp.start("client",
				List.of("-Djdk.net.hosts.file=" + hosts, "-Dsun.net.inetaddr.ttl=0"),
				List.of("--zmq.endpoints.orders-client.discovery.dns=" + NAME,
						"--zmq.endpoints.orders-client.discovery.port=" + port,
						"--zmq.endpoints.orders-client.discovery.refresh-interval=300ms",
						"--zmq.endpoints.orders-client.request-timeout=1s",
						"--zmq.endpoints.orders-client.retry.max-retries=5",
						"--zmq.endpoints.orders-client.retry.delay=50ms"));
		this.apps.add(client);
		assertThat(client.ask("instances", WITHIN)).isEqualTo("[" + first + "]");
		assertThat(client.ask("send 200", WITHIN)).isEqualTo("{a=200}");

		resolve(hosts, "127.0.0.1", "127.0.0.2");
		await().atMost(WITHIN).until(() -> client.ask("instances", WITHIN).equals("[" + first + ", " + second + "]"));
		String spread = client.ask("send 1000", Duration.ofSeconds(60));
		assertThat(spread).matches("\\{a=\\d+, b=\\d+\\}");
		String[] counts = spread.replaceAll("[^0-9,]", "").split(",");
		assertThat(Integer.parseInt(counts[0])).as("served by a").isGreaterThan(100);
		assertThat(Integer.parseInt(counts[1])).as("served by b").isGreaterThan(100);

		resolve(hosts, "127.0.0.2");
		await().atMost(WITHIN).until(() -> client.ask("instances", WITHIN).equals("[" + second + "]"));
		assertThat(client.ask("send 300", Duration.ofSeconds(60))).isEqualTo("{b=300}");
	}

	private void server(String name, String bind) {
		ConfigurableApplicationContext server = DiscoveryTestApps.run(DiscoveryServerApp.class,
				"test.server-name=" + name, "zmq.endpoints.orders.bind=" + bind);
		this.apps.add(server);
	}

	/**
	 * Have the name resolve to these addresses; {@code localhost} stays resolvable.
	 */
	private static void resolve(Path hosts, String... addresses) throws IOException {
		List<String> lines = new ArrayList<>(List.of("127.0.0.1 localhost"));
		for (String address : addresses) {
			lines.add(address + " " + NAME);
		}
		Path written = Files.write(hosts.resolveSibling("hosts.new"), lines);
		Files.move(written, hosts, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
