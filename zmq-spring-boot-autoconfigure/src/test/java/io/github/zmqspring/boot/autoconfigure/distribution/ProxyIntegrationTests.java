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

package io.github.zmqspring.boot.autoconfigure.distribution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.JobClient;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.RepWorker;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.Weather;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.WeatherBoard;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.WeatherPublisher;
import io.github.zmqspring.client.ZmqTimeoutException;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proxies configured under {@code zmq.proxies}: a queue broker between DEALER clients and
 * REP workers, and a forwarder between publishers and subscribers, started, paused and
 * stopped through the registry.
 */
class ProxyIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Test
	void aQueueProxySpreadsRequestsFromDealerClientsOverRepWorkers() {
		try (ConfigurableApplicationContext broker = DistributionApps.run(DistributionApps.PublisherApp.class,
				"zmq.proxies.broker.type=queue", "zmq.proxies.broker.frontend.bind=tcp://127.0.0.1:*",
				"zmq.proxies.broker.backend.bind=tcp://127.0.0.1:*")) {
			ZmqEndpoint proxy = broker.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("broker");
			List<String> addresses = proxy.getBoundAddresses();
			try (ConfigurableApplicationContext one = DistributionApps.run(DistributionApps.RepWorkerApp.class,
					"zmq.endpoints.jobs.connect=" + addresses.get(1));
					ConfigurableApplicationContext two = DistributionApps.run(DistributionApps.RepWorkerApp.class,
							"zmq.endpoints.jobs.connect=" + addresses.get(1));
					ConfigurableApplicationContext client = DistributionApps.run(DistributionApps.PublisherApp.class,
							"zmq.endpoints.jobs-client.connect=" + addresses.get(0),
							"zmq.endpoints.jobs-client.request-timeout=2s")) {
				JobClient jobs = client.getBean(JobClient.class);
				RepWorker first = one.getBean(RepWorker.class);
				RepWorker second = two.getBean(RepWorker.class);
				// a request the broker routed to a worker connection JeroMQ lost times
				// out: retry
				await().atMost(WAIT).ignoreExceptionsInstanceOf(ZmqTimeoutException.class).until(() -> {
					assertThat(jobs.run("j")).isEqualTo("done:j");
					return first.jobs.get() > 0 && second.jobs.get() > 0;
				});
				// the proxy counts a message sent once its last frame is queued, after
				// the peer may have it
				await().atMost(WAIT)
					.untilAsserted(() -> assertThat(proxy.getStatistics().getReceived())
						.isEqualTo(proxy.getStatistics().getSent()));

				proxy.pause();
				assertThat(proxy.getState()).isEqualTo(ZmqEndpointState.PAUSED);
				proxy.resume();
				assertThat(jobs.run("after resume")).isEqualTo("done:after resume");
			}
			broker.getBean(ZmqEndpointRegistry.class).stop("broker");
			assertThat(proxy.getState()).isEqualTo(ZmqEndpointState.STOPPED);
		}
	}

	@Test
	void aStreamerProxyRepublishesACopyOfWhatItForwardsOnItsCaptureEndpoint() {
		try (ConfigurableApplicationContext streamer = DistributionApps.run(DistributionApps.PublisherApp.class,
				"zmq.proxies.stream.type=streamer", "zmq.proxies.stream.frontend.bind=tcp://127.0.0.1:*",
				"zmq.proxies.stream.backend.bind=tcp://127.0.0.1:*", "zmq.proxies.stream.capture=tap",
				"zmq.endpoints.tap.type=push", "zmq.endpoints.tap.bind=tcp://127.0.0.1:*");
				ZContext peers = new ZContext()) {
			ZmqEndpointRegistry registry = streamer.getBean(ZmqEndpointRegistry.class);
			List<String> addresses = registry.getRequiredEndpoint("stream").getBoundAddresses();
			ZMQ.Socket tap = TestSockets.create(peers, SocketType.PULL);
			tap.setReceiveTimeOut(100);
			tap.connect(registry.getRequiredEndpoint("tap").getBoundAddresses().get(0));
			ZMQ.Socket worker = TestSockets.create(peers, SocketType.PULL);
			worker.setReceiveTimeOut(100);
			worker.connect(addresses.get(1));
			ZMQ.Socket pusher = TestSockets.create(peers, SocketType.PUSH);
			pusher.connect(addresses.get(0));
			// keep pushing until both fresh connections have carried a task (see
			// docs/pipelines.md)
			List<String> forwarded = new ArrayList<>();
			List<String> captured = new ArrayList<>();
			AtomicInteger sent = new AtomicInteger();
			await().atMost(WAIT).until(() -> {
				pusher.send("task-" + sent.incrementAndGet());
				receiveInto(worker, forwarded);
				receiveInto(tap, captured);
				return !forwarded.isEmpty() && !captured.isEmpty();
			});
			assertThat(forwarded).allMatch((task) -> task.startsWith("task-"));
			assertThat(captured).allMatch((task) -> task.startsWith("task-"));
			ZmqEndpoint stream = registry.getRequiredEndpoint("stream");
			await().atMost(WAIT).until(() -> stream.getStatistics().getReceived() == sent.get());
		}
	}

	private static void receiveInto(ZMQ.Socket socket, List<String> received) {
		String message = socket.recvStr();
		if (message != null) {
			received.add(message);
		}
	}

	@Test
	void aForwarderProxyCarriesPublicationsAndSubscriptions() {
		try (ConfigurableApplicationContext forwarder = DistributionApps.run(DistributionApps.PublisherApp.class,
				"zmq.proxies.hub.type=forwarder", "zmq.proxies.hub.frontend.bind=tcp://127.0.0.1:*",
				"zmq.proxies.hub.backend.bind=tcp://127.0.0.1:*")) {
			List<String> addresses = forwarder.getBean(ZmqEndpointRegistry.class)
				.getRequiredEndpoint("hub")
				.getBoundAddresses();
			try (ConfigurableApplicationContext station = DistributionApps.run(DistributionApps.PublisherApp.class,
					"zmq.endpoints.weather-out.connect=" + addresses.get(0));
					ConfigurableApplicationContext subscriber = DistributionApps.run(
							DistributionApps.SubscriberApp.class,
							"zmq.endpoints.weather-in.connect=" + addresses.get(1))) {
				WeatherPublisher publisher = station.getBean(WeatherPublisher.class);
				WeatherBoard board = subscriber.getBean(WeatherBoard.class);
				await().atMost(WAIT).until(() -> {
					publisher.publish("20002", new Weather("20002", 1));
					publisher.publish("10001", new Weather("10001", 1));
					return board.updates.size() >= 3;
				});
				assertThat(board.updates).extracting(Weather::zip).containsOnly("10001");
			}
		}
	}

}
