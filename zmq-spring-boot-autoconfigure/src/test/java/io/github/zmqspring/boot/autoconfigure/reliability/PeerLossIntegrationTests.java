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

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.boot.autoconfigure.reliability.FaultyRouter.Fault;
import io.github.zmqspring.boot.autoconfigure.reliability.RetryClientApp.RetriedClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqPeerLostException;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMonitor;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dead peers: a client with one server fails its pending requests as soon as the
 * connection is lost, whether the server closed it or ZMTP heartbeats found a silent link
 * dead; a retried request goes out again on the new connection, and traffic recovers.
 */
class PeerLossIntegrationTests {

	@Test
	void whenTheServerGoesAwayThenPendingRequestsFailAtOnce() throws Exception {
		FaultyRouter server = new FaultyRouter(Fault.SILENT);
		try (ConfigurableApplicationContext client = TestApps.run(RetryClientApp.class,
				"zmq.endpoints.faulty.connect=tcp://127.0.0.1:" + server.port(),
				"zmq.endpoints.faulty.request-timeout=30s")) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			assertThat(calls.warmUp("warm")).isEqualTo("echo:warm");
			CompletableFuture<String> pending = calls.echoAsyncOnce("never");
			await().atMost(Duration.ofSeconds(10)).until(() -> server.received("never") == 1);
			long start = System.nanoTime();
			server.close();
			assertThat(pending).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(ExecutionException.class)
				.withCauseInstanceOf(ZmqPeerLostException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void whenHeartbeatsFindASilentLinkDeadThenPendingRequestsFailAndTrafficRecovers() throws Exception {
		try (FaultyRouter server = new FaultyRouter(Fault.NONE);
				FreezableTcpProxy link = new FreezableTcpProxy(server.port());
				ConfigurableApplicationContext client = TestApps.run(RetryClientApp.class,
						"zmq.endpoints.faulty.connect=tcp://127.0.0.1:" + link.port(),
						"zmq.endpoints.faulty.request-timeout=30s", "zmq.endpoints.faulty.heartbeat.interval=200ms",
						"zmq.endpoints.faulty.heartbeat.timeout=600ms")) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			assertThat(calls.warmUp("warm-1")).isEqualTo("echo:warm-1");
			link.freeze();
			long start = System.nanoTime();
			CompletableFuture<String> pending = calls.echoAsyncOnce("lost");
			CompletableFuture<String> retried = calls.echoAsync("retried");
			assertThat(pending).failsWithin(Duration.ofSeconds(5))
				.withThrowableOfType(ExecutionException.class)
				.withCauseInstanceOf(ZmqPeerLostException.class);
			Duration detected = Duration.ofNanos(System.nanoTime() - start);
			assertThat(detected).isLessThan(Duration.ofSeconds(3));
			ZmqEndpointRegistry registry = client.getBean(ZmqEndpointRegistry.class);
			// the loss is visible to health and metrics through the connection monitor
			assertThat(registry.getRequiredEndpoint("faulty")
				.getConnectionMonitor()
				.getEventCount(ZMonitor.Event.DISCONNECTED)).isPositive();
			assertThat(retried.get(10, TimeUnit.SECONDS)).isEqualTo("echo:retried");
			assertThat(calls.echoAsyncOnce("after").get(10, TimeUnit.SECONDS)).isEqualTo("echo:after");
		}
	}

}
