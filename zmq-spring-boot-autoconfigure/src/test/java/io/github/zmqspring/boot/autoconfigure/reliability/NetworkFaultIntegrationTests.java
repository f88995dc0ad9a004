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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.boot.actuate.ZmqHealthContributor;
import io.github.zmqspring.boot.autoconfigure.reliability.RetryClientApp.RetriedClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqPeerLostException;
import io.github.zmqspring.core.ZmqConnectionMonitor;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real network between client and server: a pyzmq (libzmq) server in its own network
 * namespace, the client in the test, joined by a veth pair whose packets {@code tc netem}
 * delays, loses, or drops altogether. Traffic survives delay and loss; on a cut link that
 * neither side is told about, heartbeats mark the peer down within their timeout (health,
 * metrics, pending requests fail fast) and traffic recovers when the link returns.
 * Skipped where network namespaces cannot be created (needs root and iproute2).
 */
class NetworkFaultIntegrationTests {

	private static final int PORT = 5601;

	@TempDir
	Path workDir;

	@Test
	void trafficSurvivesDelayAndLoss() throws Exception {
		try (NetworkNamespace network = NetworkNamespace.createOrSkip(); Connection connection = connect(network)) {
			network.impairOrSkip("delay", "40ms", "loss", "10%");
			List<CompletableFuture<String>> replies = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				replies.add(connection.calls().echoAsyncOnce("lossy-" + i));
			}
			for (int i = 0; i < 50; i++) {
				assertThat(replies.get(i).get(20, TimeUnit.SECONDS)).isEqualTo("echo:lossy-" + i);
			}
			long start = System.nanoTime();
			connection.calls().echoOnce("slow");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(40));
		}
	}

	@Test
	void heartbeatsFindACutLinkAndTrafficRecoversWhenItReturns() throws Exception {
		try (NetworkNamespace network = NetworkNamespace.createOrSkip(); Connection connection = connect(network)) {
			RetriedClient calls = connection.calls();
			network.cut();
			long cut = System.nanoTime();
			CompletableFuture<String> pending = calls.echoAsyncOnce("cut");
			assertThat(pending).failsWithin(Duration.ofSeconds(10))
				.withThrowableOfType(ExecutionException.class)
				.withCauseInstanceOf(ZmqPeerLostException.class);
			Duration detected = Duration.ofNanos(System.nanoTime() - cut);
			System.out.println("[figures] cut link: pending request failed after " + detected.toMillis() + " ms");
			assertThat(detected).as("heartbeat timeout 1s, then the fail-fast grace").isLessThan(Duration.ofSeconds(4));
			await().atMost(Duration.ofSeconds(5)).until(() -> connection.connections().getConnectionCount() == 0);
			assertThat(connection.health().health().getStatus()).isEqualTo(Status.DOWN);

			network.heal();
			long healed = System.nanoTime();
			await().atMost(Duration.ofSeconds(20)).until(() -> connection.connections().getConnectionCount() == 1);
			assertThat(calls.echoAsync("back").get(15, TimeUnit.SECONDS)).isEqualTo("echo:back");
			System.out.println("[figures] link back: first reply after "
					+ Duration.ofNanos(System.nanoTime() - healed).toMillis() + " ms");
			assertThat(connection.health().health().getStatus()).isEqualTo(Status.UP);
		}
	}

	private Connection connect(NetworkNamespace network) throws Exception {
		String address = "tcp://" + network.address() + ":" + PORT;
		PythonPeer server = PythonPeer.startResource(this.workDir, network.exec(), "python/echo_router.py", address);
		await().atMost(Duration.ofSeconds(10)).until(() -> server.output().contains("ready"));
		ConfigurableApplicationContext client = TestApps.run(RetryClientApp.class,
				"zmq.endpoints.faulty.connect=" + address, "zmq.endpoints.faulty.request-timeout=30s",
				"zmq.endpoints.faulty.heartbeat.interval=200ms", "zmq.endpoints.faulty.heartbeat.timeout=1s",
				"zmq.endpoints.faulty.health.require-peers=true");
		Connection connection = new Connection(server, client);
		assertThat(connection.calls().warmUp("warm")).isEqualTo("echo:warm");
		return connection;
	}

	/**
	 * The server in the namespace and the client application talking to it.
	 */
	private record Connection(PythonPeer server, ConfigurableApplicationContext client) implements AutoCloseable {

		RetriedClient calls() {
			return this.client.getBean(RetriedClient.class);
		}

		ZmqConnectionMonitor connections() {
			return this.client.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("faulty").getConnectionMonitor();
		}

		HealthIndicator health() {
			return (HealthIndicator) this.client.getBean(ZmqHealthContributor.class).getContributor("faulty");
		}

		@Override
		public void close() {
			this.client.close();
			this.server.close();
		}

	}

}
