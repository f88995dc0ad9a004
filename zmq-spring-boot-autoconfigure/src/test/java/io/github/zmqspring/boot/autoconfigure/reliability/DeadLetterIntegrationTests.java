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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Failed messages are not lost: a listener's error handler can answer instead of the
 * error, and what stays failed goes to the endpoint's dead-letter PUSH endpoint with its
 * original frames and the failure in headers, counted as {@code dead-letter}.
 */
class DeadLetterIntegrationTests {

	@Test
	void whenListenersFailThenMessagesGoToTheDeadLetterEndpoint() {
		try (ZContext zmq = new ZContext()) {
			ZMQ.Socket deadLetters = TestSockets.create(zmq, SocketType.PULL);
			int deadLetterPort = deadLetters.bindToRandomPort("tcp://127.0.0.1");
			deadLetters.setReceiveTimeOut(10_000);
			int ordersPort = TestApps.freePort();
			int jobsPort = TestApps.freePort();
			try (ConfigurableApplicationContext app = TestApps.run(DeadLetterApp.class,
					"zmq.endpoints.orders.bind=tcp://127.0.0.1:" + ordersPort,
					"zmq.endpoints.orders.dead-letter=dead-letters",
					"zmq.endpoints.jobs.bind=tcp://127.0.0.1:" + jobsPort,
					"zmq.endpoints.jobs.dead-letter=dead-letters",
					"zmq.endpoints.dead-letters.connect=tcp://127.0.0.1:" + deadLetterPort,
					"zmq.endpoints.orders-client.connect=tcp://127.0.0.1:" + ordersPort,
					"zmq.endpoints.orders-client.request-timeout=5s",
					"zmq.endpoints.jobs-out.connect=tcp://127.0.0.1:" + jobsPort)) {
				ZmqOperations template = app.getBean(ZmqOperations.class);
				assertThat(template.request("orders-client", "recover", "o-1", String.class))
					.isEqualTo("recovered from glitch o-1");
				assertThatExceptionOfType(ZmqRemoteException.class)
					.isThrownBy(() -> template.request("orders-client", "place", "o-2", String.class))
					.satisfies((ex) -> assertThat(ex.getRemoteMessage()).as("details stay inside")
						.isEqualTo("Internal error"));
				List<byte[]> order = receive(deadLetters);
				ZmqEnvelope orderHeader = ZmqEnvelopeCodec.decode(order.get(0));
				assertThat(orderHeader.route()).isEqualTo("place");
				assertThat(orderHeader.headers()).containsEntry("zmq-dead-letter-endpoint", "orders")
					.containsEntry("zmq-dead-letter-exception", IllegalStateException.class.getName())
					.containsEntry("zmq-dead-letter-message", "cannot place o-2");
				assertThat(ZmqEnvelopeCodec.decode(order.get(1)).route()).isEqualTo("place");
				assertThat(new String(order.get(2), StandardCharsets.UTF_8)).isEqualTo("o-2");

				DeadLetterApp.FailingListeners listeners = app.getBean(DeadLetterApp.FailingListeners.class);
				await().atMost(Duration.ofSeconds(10)).until(() -> {
					template.push("jobs-out", "warm-up");
					return listeners.jobs.contains("warm-up");
				});
				template.push("jobs-out", "bad-1");
				List<byte[]> job = receive(deadLetters);
				assertThat(ZmqEnvelopeCodec.decode(job.get(0)).headers())
					.containsEntry("zmq-dead-letter-endpoint", "jobs")
					.containsEntry("zmq-dead-letter-message", "bad job bad-1");
				assertThat(new String(job.get(job.size() - 1), StandardCharsets.UTF_8)).isEqualTo("bad-1");

				ZmqEndpointRegistry registry = app.getBean(ZmqEndpointRegistry.class);
				assertThat(registry.getRequiredEndpoint("orders").getStatistics().getDropped(ZmqDropReason.DEAD_LETTER))
					.isEqualTo(1);
				await().atMost(Duration.ofSeconds(5))
					.untilAsserted(() -> assertThat(
							registry.getRequiredEndpoint("jobs").getStatistics().getDropped(ZmqDropReason.DEAD_LETTER))
						.isEqualTo(1));
				assertThat(registry.getRequiredEndpoint("jobs").getStatistics().getDropped(ZmqDropReason.HANDLER_ERROR))
					.isZero();
			}
		}
	}

	private static List<byte[]> receive(ZMQ.Socket socket) {
		ZMsg message = ZMsg.recvMsg(socket);
		assertThat(message).as("dead letter").isNotNull();
		return message.stream().map(ZFrame::getData).toList();
	}

}
