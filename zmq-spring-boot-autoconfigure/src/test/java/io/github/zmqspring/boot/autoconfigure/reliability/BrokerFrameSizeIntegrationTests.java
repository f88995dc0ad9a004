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

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.broker.WorkerApps;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A broker's ROUTER is opened like every endpoint's socket, with the frame size guard: a
 * crafted frame header announcing 2 GiB, sent to the broker's port after a proper
 * handshake, is refused and counted as an {@code oversize} drop, and the broker keeps
 * serving.
 */
class BrokerFrameSizeIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Test
	void anOversizeFrameHeaderSentToTheBrokerIsCountedAndTheBrokerKeepsServing() throws Exception {
		int port = TestApps.freePort();
		String address = "tcp://127.0.0.1:" + port;
		try (ConfigurableApplicationContext app = TestApps.run(WorkerApps.EchoWorkerApp.class,
				"zmq.brokers.main.bind=" + address, "zmq.endpoints.mdp.connect=" + address);
				ZContext peers = new ZContext();
				Socket attacker = FrameSizeAttackIntegrationTests.attackAfterHandshake(port, "DEALER",
						Zmtp.longHeader(0, 0x800000007fffffffL))) {
			ZmqEndpoint broker = app.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("main");
			await().atMost(WAIT).until(() -> broker.getStatistics().getDropped(ZmqDropReason.OVERSIZE) == 1);

			ZMQ.Socket client = TestSockets.create(peers, SocketType.DEALER);
			client.setReceiveTimeOut((int) WAIT.toMillis());
			client.connect(address);
			ZMsg request = new ZMsg();
			request.add("MDPC02");
			request.add(new byte[] { 0x01 });
			request.add("echo");
			request.add("after the attack");
			request.send(client);
			ZMsg reply = ZMsg.recvMsg(client);
			assertThat(reply).as("reply of the broker after the attack").isNotNull();
			assertThat(new String(reply.getLast().getData(), StandardCharsets.UTF_8))
				.isEqualTo("echo:after the attack");
		}
	}

}
