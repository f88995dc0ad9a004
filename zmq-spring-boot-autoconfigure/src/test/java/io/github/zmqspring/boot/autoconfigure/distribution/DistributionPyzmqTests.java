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

import java.nio.file.Path;
import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.Sink;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.Task;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.Ventilator;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.Weather;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.WeatherBoard;
import io.github.zmqspring.boot.autoconfigure.distribution.DistributionApps.WeatherPublisher;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PUB/SUB and PUSH/PULL against pyzmq (libzmq) in both directions: plain pyzmq publishers
 * and pushers (no envelope) reach our listeners, and pyzmq subscribers and workers read
 * what our clients send, with the documented envelope.
 */
class DistributionPyzmqTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@TempDir
	Path workDir;

	@BeforeAll
	static void needsPyzmq() {
		PythonPeer.assumePyzmq();
	}

	@Test
	void aPyzmqPublisherReachesOurSubscriberWithTheTopicFilterApplied() throws Exception {
		try (ConfigurableApplicationContext subscriber = DistributionApps.run(DistributionApps.SubscriberApp.class,
				"zmq.endpoints.weather-in.bind=tcp://127.0.0.1:*");
				PythonPeer publisher = PythonPeer.startResource(this.workDir, "python/weather_pub.py",
						String.valueOf(DistributionApps.port(subscriber, "weather-in")))) {
			WeatherBoard board = subscriber.getBean(WeatherBoard.class);
			await().atMost(WAIT).until(() -> board.updates.size() >= 20);
			assertThat(board.updates).extracting(Weather::zip).containsOnly("10001");
			assertThat(board.topics).containsOnly("10001");
		}
	}

	@Test
	void ourPublisherReachesAPyzmqSubscriber() throws Exception {
		try (ConfigurableApplicationContext station = DistributionApps.run(DistributionApps.PublisherApp.class,
				"zmq.endpoints.weather-out.bind=tcp://127.0.0.1:*")) {
			WeatherPublisher publisher = station.getBean(WeatherPublisher.class);
			try (PythonPeer subscriber = PythonPeer.startResource(this.workDir, "python/weather_sub.py",
					String.valueOf(DistributionApps.port(station, "weather-out")), "10")) {
				await().atMost(WAIT).until(() -> {
					publisher.publish("20002", new Weather("20002", 1));
					publisher.publish("10001", new Weather("10001", 1));
					return subscriber.output().contains("ok") || !subscriber.isAlive();
				});
				assertThat(subscriber.awaitSuccess(WAIT)).contains("ok");
			}
		}
	}

	@Test
	void aPyzmqPusherFeedsOurPullListener() throws Exception {
		try (ConfigurableApplicationContext sink = DistributionApps.run(DistributionApps.SinkApp.class,
				"zmq.endpoints.results-in.bind=tcp://127.0.0.1:*");
				PythonPeer pusher = PythonPeer.startResource(this.workDir, "python/task_push.py",
						String.valueOf(DistributionApps.port(sink, "results-in")), "100")) {
			Sink results = sink.getBean(Sink.class);
			await().atMost(WAIT).until(() -> results.timesSeen.size() == 100);
			assertThat(results.timesSeen.values()).containsOnly(1);
			assertThat(results.byWorker).containsOnlyKeys("python");
			pusher.awaitSuccess(WAIT);
		}
	}

	@Test
	void ourPushClientFeedsAPyzmqWorker() throws Exception {
		int port = freePort();
		try (PythonPeer worker = PythonPeer.startResource(this.workDir, "python/task_pull.py", String.valueOf(port),
				"100");
				ConfigurableApplicationContext ventilator = DistributionApps.run(DistributionApps.PublisherApp.class,
						"zmq.endpoints.tasks-out.connect=tcp://127.0.0.1:" + port)) {
			Ventilator tasks = ventilator.getBean(Ventilator.class);
			for (int i = 0; i < 100; i++) {
				tasks.push(new Task(i, ""));
			}
			assertThat(worker.awaitSuccess(WAIT)).contains("ok");
		}
	}

	private static int freePort() throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
