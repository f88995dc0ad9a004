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

package io.github.zmqspring.boot.autoconfigure.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.boot.autoconfigure.broker.WorkerApps.BalancedWorkers;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.broker.ZmqBrokerServiceStatistics;
import io.github.zmqspring.broker.ZmqWorkerEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import org.springframework.context.ConfigurableApplicationContext;

import static io.github.zmqspring.boot.autoconfigure.broker.MdpClient.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code @ZmqWorker} methods behind a broker from {@code zmq.brokers}, called by raw
 * MDP/0.2 clients over TCP: plain and envelope requests, streams, errors, load balancing
 * by readiness, and workers that outlive a broker restart or restart themselves.
 */
class ZmqWorkerIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Test
	void workerServesPlainAndEnvelopeClientsWithRepliesStreamsAndErrors() {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext app = TestApps.run(WorkerApps.EchoWorkerApp.class,
				"zmq.brokers.main.bind=tcp://127.0.0.1:" + port, "zmq.endpoints.mdp.connect=tcp://127.0.0.1:" + port,
				// the error text travels through the broker (by default a peer gets only
				// "Internal error")
				"zmq.listener.error.include-message=always");
				ZContext peers = new ZContext();
				MdpClient client = new MdpClient(peers, "tcp://127.0.0.1:" + port, (int) WAIT.toMillis())) {
			assertThat(client.call("echo", "plain")).isEqualTo("echo:plain");

			byte[] envelope = ZmqEnvelopeCodec.encode(ZmqEnvelope.request(42, "", "text/plain", Map.of()));
			client.request("echo", envelope, "wrapped".getBytes(StandardCharsets.UTF_8));
			List<byte[]> reply = client.receive();
			assertThat(MdpClient.isFinal(reply)).isTrue();
			assertThat(text(reply.get(2))).isEqualTo("echo");
			ZmqEnvelope header = ZmqEnvelopeCodec.decode(reply.get(3));
			assertThat(header.kind()).isEqualTo(ZmqMessageKind.REPLY);
			assertThat(header.correlationId()).isEqualTo(42);
			assertThat(text(reply.get(4))).isEqualTo("echo:wrapped");

			client.request("tokens", "one two three".getBytes(StandardCharsets.UTF_8));
			for (String token : List.of("one", "two", "three")) {
				List<byte[]> partial = client.receive();
				assertThat(partial.get(1)).containsExactly(0x02);
				assertThat(text(partial.get(3))).isEqualTo(token);
			}
			List<byte[]> end = client.receive();
			assertThat(MdpClient.isFinal(end)).isTrue();
			assertThat(end.get(3)).isEmpty();

			assertThat(client.call("fail", "this")).isEqualTo("ERROR 500: IllegalStateException: cannot do this");
			// dispatch = "direct": the method runs on its listener container's socket
			// thread
			assertThat(client.call("thread", "which")).isEqualTo("zmq-echoWorkers.thread-io");

			ZmqWorkerEndpoint echo = (ZmqWorkerEndpoint) app.getBean(ZmqEndpointRegistry.class)
				.getRequiredEndpoint("echoWorkers.echo-mdp");
			assertThat(echo.getConcurrency()).isEqualTo(2);
			// the second connection may still be on its way to READY when the first has
			// answered everything
			await().atMost(WAIT).until(() -> service(app, "echo").getWorkers() == 2);
		}
	}

	@Test
	void requestsGoToReadyWorkersSoTheSlowOneGetsAtMostOnePercent() {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext app = TestApps.run(WorkerApps.LoadBalancingApp.class,
				"zmq.brokers.main.bind=tcp://127.0.0.1:" + port, "zmq.endpoints.mdp.connect=tcp://127.0.0.1:" + port);
				ZContext peers = new ZContext();
				MdpClient client = new MdpClient(peers, "tcp://127.0.0.1:" + port, (int) WAIT.toMillis())) {
			await().atMost(WAIT).until(() -> workers(app, "lb") == 4);
			for (int i = 0; i < 400; i++) {
				client.request("lb", ("r" + i).getBytes(StandardCharsets.UTF_8));
			}
			Map<String, Integer> replies = new HashMap<>();
			for (int i = 0; i < 400; i++) {
				List<byte[]> reply = client.receive();
				assertThat(reply).as("reply %d of 400", i + 1).isNotNull();
				replies.merge(text(reply.get(3)), 1, Integer::sum);
			}
			assertThat(replies.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
			assertThat(replies.getOrDefault("slow", 0)).as("requests served by the slow worker: %s", replies)
				.isLessThanOrEqualTo(4);
			BalancedWorkers workers = app.getBean(BalancedWorkers.class);
			assertThat(workers.served.get("fast1").get() + workers.served.get("fast2").get()
					+ workers.served.get("fast3").get())
				.isGreaterThanOrEqualTo(396);
		}
	}

	@Test
	void workersRegisterAgainAfterABrokerRestartAndAfterTheirOwnRestart() {
		int port = TestApps.freePort();
		String address = "tcp://127.0.0.1:" + port;
		String[] brokerProperties = { "zmq.brokers.main.bind=" + address,
				"zmq.brokers.main.worker-heartbeat-interval=200ms" };
		String[] workerProperties = { "zmq.endpoints.mdp.connect=" + address, "zmq.worker.heartbeat-interval=200ms" };
		ConfigurableApplicationContext broker = TestApps.run(WorkerApps.BrokerApp.class, brokerProperties);
		try (ZContext peers = new ZContext()) {
			try (ConfigurableApplicationContext worker = TestApps.run(WorkerApps.EchoWorkerApp.class,
					workerProperties)) {
				assertThat(callUntilServed(peers, address)).isEqualTo("echo:ping");

				broker.close();
				broker = TestApps.run(WorkerApps.BrokerApp.class, brokerProperties);
				ConfigurableApplicationContext restarted = broker;
				await().atMost(WAIT).until(() -> service(restarted, "echo") != null && workers(restarted, "echo") == 2);
				assertThat(callUntilServed(peers, address)).isEqualTo("echo:ping");
			}
			ConfigurableApplicationContext running = broker;
			await().atMost(WAIT).until(() -> workers(running, "echo") == 0);
			try (ConfigurableApplicationContext worker = TestApps.run(WorkerApps.EchoWorkerApp.class,
					workerProperties)) {
				await().atMost(WAIT).until(() -> workers(running, "echo") == 2);
				assertThat(callUntilServed(peers, address)).isEqualTo("echo:ping");
			}
		}
		finally {
			broker.close();
		}
	}

	/** Call as an RFC 18 client does: a new socket per attempt, until a reply comes. */
	private static String callUntilServed(ZContext peers, String address) {
		return await().atMost(WAIT).until(() -> {
			try (MdpClient client = new MdpClient(peers, address, 1000)) {
				return client.call("echo", "ping");
			}
		}, (reply) -> reply != null && reply.startsWith("echo:"));
	}

	private static ZmqBrokerServiceStatistics service(ConfigurableApplicationContext app, String name) {
		ZmqBroker broker = (ZmqBroker) app.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("main");
		return broker.getServices()
			.stream()
			.filter((service) -> service.getService().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static int workers(ConfigurableApplicationContext app, String name) {
		ZmqBrokerServiceStatistics service = service(app, name);
		return (service != null) ? service.getWorkers() : 0;
	}

}
