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
import java.util.Map;

import io.github.zmqspring.boot.actuate.ZmqActuatorEndpoint;
import io.github.zmqspring.boot.actuate.ZmqHealthContributor;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.health.ZmqHealthContributorAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.metrics.ZmqMetricsAutoConfiguration;
import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.broker.ZmqBrokerSettings;
import io.github.zmqspring.broker.ZmqServiceSettings;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.test.TestSockets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.MeterNotFoundException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Brokers under {@code zmq.brokers}: created from properties, registered and started with
 * the application, and shown in health, the {@code zmq} Actuator endpoint and the meters,
 * with a raw DEALER registering as an MDP/0.2 worker.
 */
class ZmqBrokerAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class,
				ZmqHealthContributorAutoConfiguration.class, ZmqMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("zmq.brokers.main.bind=tcp://127.0.0.1:*");

	@Test
	void whenBrokerIsConfiguredThenItRunsWithItsSettingsAndServicesInheritUnsetOnes() {
		this.contextRunner
			.withPropertyValues("zmq.brokers.main.worker-heartbeat-interval=250ms",
					"zmq.brokers.main.worker-liveness=5", "zmq.brokers.main.max-wait=3s",
					"zmq.brokers.main.services.inference.max-queued=7",
					"zmq.brokers.main.services.inference.idempotent=true")
			.run((context) -> {
				ZmqBroker broker = (ZmqBroker) context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("main");
				assertThat(broker.getRole()).isEqualTo(ZmqEndpointRole.BROKER);
				assertThat(broker.getBoundAddresses()).singleElement().asString().startsWith("tcp://127.0.0.1:");
				ZmqBrokerSettings settings = broker.getSettings();
				assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofMillis(250));
				assertThat(settings.liveness()).isEqualTo(5);
				assertThat(settings.forService("other"))
					.isEqualTo(new ZmqServiceSettings(1000, Duration.ofSeconds(3), false));
				assertThat(settings.forService("inference"))
					.isEqualTo(new ZmqServiceSettings(7, Duration.ofSeconds(3), true));
			});
	}

	@Test
	void whenMaxWaitIsNotPositiveThenStartupFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("zmq.brokers.main.services.inference.max-wait=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("zmq.brokers.main.services.inference.max-wait"));
	}

	@Test
	void whenWorkerRegistersThenHealthActuatorAndMetersShowItsService() {
		this.contextRunner.run((context) -> {
			ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
			try (ZContext peers = new ZContext()) {
				ZMQ.Socket worker = TestSockets.create(peers, SocketType.DEALER);
				worker.connect(registry.getRequiredEndpoint("main").getBoundAddresses().get(0));
				worker.sendMore("MDPW02");
				worker.sendMore(new byte[] { 0x01 });
				worker.send("inference".getBytes(StandardCharsets.US_ASCII));
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				// the meters appear with the service, when the broker thread has read
				// READY
				await().atMost(Duration.ofSeconds(10))
					.ignoreException(MeterNotFoundException.class)
					.untilAsserted(() -> assertThat(meters.get("zmq.broker.workers")
						.tags("broker", "main", "service", "inference")
						.gauge()
						.value()).isEqualTo(1));
				assertThat(
						meters.get("zmq.broker.queue").tags("broker", "main", "service", "inference").gauge().value())
					.isZero();
				assertThat(meters.get("zmq.broker.requests")
					.tags("broker", "main", "service", "inference", "outcome", "completed")
					.functionCounter()
					.count()).isZero();

				Health health = ((HealthIndicator) context.getBean(ZmqHealthContributor.class).getContributor("main"))
					.health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("role", ZmqEndpointRole.BROKER);
				assertThat(health.getDetails().get("services"))
					.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.map(String.class, Object.class))
					.containsKey("inference");

				ZmqActuatorEndpoint.ZmqEndpointDescriptor described = new ZmqActuatorEndpoint(registry)
					.endpoint("main");
				assertThat(described).isNotNull();
				assertThat(described.role()).isEqualTo("BROKER");
				Map<String, Object> inference = described.services().get("inference");
				assertThat(inference).containsEntry("workers", 1)
					.containsEntry("idleWorkers", 1)
					.containsEntry("queued", 0);
			}
		});
	}

}
