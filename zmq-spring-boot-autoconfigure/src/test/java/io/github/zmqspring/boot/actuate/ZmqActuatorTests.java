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

package io.github.zmqspring.boot.actuate;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.health.ZmqHealthContributorAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.metrics.ZmqMetricsAutoConfiguration;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.test.TestSockets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The {@code zmq} health contributor and the endpoint meters, on a real ROUTER listener
 * talking to a raw DEALER.
 */
class ZmqActuatorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class,
				ZmqHealthContributorAutoConfiguration.class, ZmqMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withUserConfiguration(EchoConfiguration.class);

	@Test
	void whenTrafficFlowsThenTheMetersCountItIncludingDropsByReason() {
		this.contextRunner.run((context) -> {
			ZmqEndpoint echo = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("echo");
			try (ZContext peers = new ZContext()) {
				ZMQ.Socket dealer = TestSockets.create(peers, SocketType.DEALER);
				dealer.setReceiveTimeOut(5000);
				dealer.connect(echo.getBoundAddresses().get(0));
				for (int i = 0; i < 3; i++) {
					dealer.send("m" + i);
					assertThat(dealer.recvStr()).isEqualTo("echo:m" + i);
				}
				ZMsg malformed = new ZMsg();
				malformed.add(new byte[] { (byte) 0xFF, 0x5A, 9 });
				malformed.add("body");
				malformed.send(dealer);
				assertThat(ZMsg.recvMsg(dealer)).isNotNull();
			}
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				assertThat(meters.get("zmq.messages.received").tag("endpoint", "echo").functionCounter().count())
					.isEqualTo(4);
				assertThat(meters.get("zmq.messages.sent").tag("endpoint", "echo").functionCounter().count())
					.isEqualTo(4);
			});
			assertThat(meters.get("zmq.messages.dropped")
				.tags("endpoint", "echo", "reason", "malformed")
				.functionCounter()
				.count()).isEqualTo(1);
			assertThat(meters.get("zmq.messages.dropped")
				.tags("endpoint", "echo", "reason", "hwm")
				.functionCounter()
				.count()).isZero();
			assertThat(meters.get("zmq.endpoint.in.flight").tag("socket.type", "ROUTER").gauge().value()).isZero();
			// each message as received: a 5-byte routing id, then "m0".."m2" (2 bytes) or
			// the malformed 3 + 4
			assertThat(meters.get("zmq.bytes.received").tag("endpoint", "echo").functionCounter().count())
				.isEqualTo(3 * (5 + 2) + (5 + 3 + 4));
			assertThat(meters.get("zmq.bytes.sent").tag("endpoint", "echo").functionCounter().count())
				.isGreaterThan(3 * (5 + "echo:m0".length()));
		});
	}

	@Test
	void whenAnEndpointIsPausedStoppedAndRestartedThenItsHealthFollows() {
		this.contextRunner.run((context) -> {
			ZmqHealthContributor health = context.getBean(ZmqHealthContributor.class);
			ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
			assertThat(health.stream()).extracting((entry) -> entry.name()).containsExactly("echo");
			HealthIndicator echo = (HealthIndicator) health.getContributor("echo");
			assertThat(echo.health().getStatus()).isEqualTo(Status.UP);
			assertThat(echo.health().getDetails()).containsEntry("socketType", SocketType.ROUTER)
				.containsKeys("boundAddresses", "inFlight", "received", "sent", "dropped");
			registry.getRequiredEndpoint("echo").pause();
			assertThat(echo.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			registry.getRequiredEndpoint("echo").resume();
			assertThat(echo.health().getStatus()).isEqualTo(Status.UP);
			registry.stop("echo");
			assertThat(echo.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			registry.start("echo");
			assertThat(echo.health().getStatus()).isEqualTo(Status.UP);
			assertThat(health.getContributor("missing")).isNull();
		});
	}

	@Test
	void whenTheLoopDiesThenTheEndpointIsDownUntilRestarted() {
		this.contextRunner.run((context) -> {
			ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
			HealthIndicator echo = (HealthIndicator) context.getBean(ZmqHealthContributor.class).getContributor("echo");
			ZmqSocketLoop loop = (ZmqSocketLoop) registry.getRequiredEndpoint("echo");
			loop.execute((socket) -> {
				throw new IllegalStateException("socket thread crashed");
			});
			await().atMost(Duration.ofSeconds(5)).until(() -> echo.health().getStatus().equals(Status.DOWN));
			assertThat(echo.health().getDetails()).containsEntry("state", ZmqEndpointState.FAILED)
				.containsEntry("failure", "socket thread crashed");
			registry.stop("echo");
			registry.start("echo");
			assertThat(echo.health().getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void whenPeersConnectThenHealthAndMetersShowThem() {
		this.contextRunner.run((context) -> {
			ZmqEndpoint echo = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("echo");
			HealthIndicator health = (HealthIndicator) context.getBean(ZmqHealthContributor.class)
				.getContributor("echo");
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			try (ZContext peers = new ZContext()) {
				ZMQ.Socket dealer = TestSockets.create(peers, SocketType.DEALER);
				dealer.connect(echo.getBoundAddresses().get(0));
				await().atMost(Duration.ofSeconds(5))
					.until(() -> meters.get("zmq.connections").tag("endpoint", "echo").gauge().value() == 1);
				assertThat(health.health().getDetails()).containsEntry("connections", 1);
				assertThat((List<?>) health.health().getDetails().get("peers")).singleElement()
					.asString()
					.startsWith("tcp://127.0.0.1:");
			}
			await().atMost(Duration.ofSeconds(5))
				.until(() -> meters.get("zmq.connections").tag("endpoint", "echo").gauge().value() == 0);
			assertThat(meters.get("zmq.socket.events")
				.tags("endpoint", "echo", "event", "accepted")
				.functionCounter()
				.count()).isEqualTo(1);
			assertThat(meters.get("zmq.socket.events")
				.tags("endpoint", "echo", "event", "disconnected")
				.functionCounter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void whenAConnectingEndpointHasNoPeerThenItIsUpUnlessItRequiresPeersThenDownUntilOneConnects() {
		try (ZContext server = new ZContext()) {
			ZMQ.Socket push = TestSockets.create(server, SocketType.PUSH);
			int port = push.bindToRandomPort("tcp://127.0.0.1");
			push.unbind(push.getLastEndpoint());
			ApplicationContextRunner feedRunner = this.contextRunner
				.withPropertyValues("zmq.endpoints.feed.connect=tcp://127.0.0.1:" + port,
						"zmq.endpoints.feed.reconnect.interval=50ms")
				.withUserConfiguration(FeedConfiguration.class);
			feedRunner.run((context) -> {
				HealthIndicator feed = (HealthIndicator) context.getBean(ZmqHealthContributor.class)
					.getContributor("feed");
				assertThat(feed.health().getStatus()).isEqualTo(Status.UP);
				assertThat(feed.health().getDetails()).containsEntry("reason", "not connected to any peer")
					.containsEntry("requirePeers", false)
					.containsEntry("connections", 0);
			});
			feedRunner.withPropertyValues("zmq.endpoints.feed.health.require-peers=true").run((context) -> {
				HealthIndicator feed = (HealthIndicator) context.getBean(ZmqHealthContributor.class)
					.getContributor("feed");
				assertThat(feed.health().getStatus()).isEqualTo(Status.DOWN);
				assertThat(feed.health().getDetails()).containsEntry("reason", "not connected to any peer")
					.containsEntry("requirePeers", true)
					.containsEntry("connectAddresses", List.of("tcp://127.0.0.1:" + port));
				push.bind("tcp://127.0.0.1:" + port);
				await().atMost(Duration.ofSeconds(10)).until(() -> feed.health().getStatus().equals(Status.UP));
				assertThat(feed.health().getDetails()).containsEntry("connections", 1).doesNotContainKey("reason");
			});
		}
	}

	@Test
	void whenAnEndpointCannotBindThenItIsDownWithTheReason() {
		try (ZContext squatter = new ZContext()) {
			ZMQ.Socket taken = TestSockets.create(squatter, SocketType.PULL);
			int port = taken.bindToRandomPort("tcp://127.0.0.1");
			this.contextRunner.withUserConfiguration(ClashConfiguration.class)
				.withPropertyValues("clash.port=" + port)
				.run((context) -> {
					ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
					HealthIndicator clash = (HealthIndicator) context.getBean(ZmqHealthContributor.class)
						.getContributor("clash");
					assertThat(clash.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
					assertThatExceptionOfType(ZmqException.class).isThrownBy(() -> registry.start("clash"));
					assertThat(clash.health().getStatus()).isEqualTo(Status.DOWN);
					assertThat(clash.health().getDetails().get("failure").toString()).contains("could not bind");
				});
		}
	}

	@Test
	void whenTheHealthIndicatorIsDisabledThenThereIsNoContributor() {
		this.contextRunner.withPropertyValues("management.health.zmq.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ZmqHealthContributor.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class EchoConfiguration {

		@Bean
		Echo echo() {
			return new Echo();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FeedConfiguration {

		@Bean
		Feed feed() {
			return new Feed();
		}

	}

	static class Feed {

		@ZmqPullListener(endpoint = "feed")
		void consume(String text) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClashConfiguration {

		@Bean
		Clash clash() {
			return new Clash();
		}

	}

	static class Clash {

		@ZmqRouterListener(id = "clash", bind = "tcp://127.0.0.1:${clash.port}", autoStartup = "false")
		String clash(String text) {
			return text;
		}

	}

	static class Echo {

		@ZmqRouterListener(id = "echo", bind = "tcp://127.0.0.1:*")
		String echo(String text) {
			return "echo:" + text;
		}

	}

}
