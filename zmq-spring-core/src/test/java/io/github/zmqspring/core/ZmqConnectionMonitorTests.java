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

package io.github.zmqspring.core;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqConnectionMonitor}: the connections of real endpoints as peers come
 * and go over TCP on the loopback interface.
 */
class ZmqConnectionMonitorTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@RegisterExtension
	static final SocketLoops loops = new SocketLoops();

	@Test
	void bindingEndpointSeesPeersConnectAndLeave() {
		ZmqSocketLoop router = start(
				ZmqEndpointDefinition.builder("server").type(SocketType.ROUTER).bind(List.of("tcp://127.0.0.1:*")));
		ZmqConnectionMonitor monitor = router.getConnectionMonitor();
		assertThat(monitor.getConnectionCount()).isZero();
		assertThat(monitor.getEventCount(ZMonitor.Event.LISTENING)).isOne();

		ZMQ.Socket first = TestSockets.create(loops.context(), SocketType.DEALER);
		ZMQ.Socket second = TestSockets.create(loops.context(), SocketType.DEALER);
		first.connect(router.getBoundAddresses().get(0));
		second.connect(router.getBoundAddresses().get(0));
		await().atMost(WAIT).until(() -> monitor.getConnectionCount() == 2);
		assertThat(monitor.getPeers()).hasSize(2)
			.allMatch((peer) -> peer.startsWith("tcp://127.0.0.1:"))
			.doesNotContain(router.getBoundAddresses().get(0));
		assertThat(monitor.getEventCount(ZMonitor.Event.ACCEPTED)).isEqualTo(2);

		first.close();
		await().atMost(WAIT).until(() -> monitor.getConnectionCount() == 1);
		assertThat(monitor.getEventCount(ZMonitor.Event.DISCONNECTED)).isOne();
		second.close();
		await().atMost(WAIT).until(() -> monitor.getConnectionCount() == 0);
	}

	@Test
	void connectingEndpointSeesItsServerAndRetriesWhileItIsAway() {
		ZMQ.Socket server = TestSockets.create(loops.context(), SocketType.ROUTER);
		int port = server.bindToRandomPort("tcp://127.0.0.1");
		ZmqSocketLoop client = start(ZmqEndpointDefinition.builder("client")
			.type(SocketType.DEALER)
			.connect(List.of("tcp://127.0.0.1:" + port))
			.options(ZmqSocketOptions.builder().reconnectInterval(Duration.ofMillis(50)).build()));
		ZmqConnectionMonitor monitor = client.getConnectionMonitor();
		await().atMost(WAIT).until(() -> monitor.getConnectionCount() == 1);
		assertThat(monitor.getPeers()).containsExactly("tcp://127.0.0.1:" + port);
		assertThat(client.getConnectAddresses()).containsExactly("tcp://127.0.0.1:" + port);

		server.close();
		await().atMost(WAIT).until(() -> monitor.getConnectionCount() == 0);
		await().atMost(WAIT).until(() -> monitor.getEventCount(ZMonitor.Event.CONNECT_RETRIED) > 0);
	}

	@Test
	void stoppingForgetsConnections() {
		ZmqSocketLoop router = start(
				ZmqEndpointDefinition.builder("restarted").type(SocketType.ROUTER).bind(List.of("tcp://127.0.0.1:*")));
		ZMQ.Socket peer = TestSockets.create(loops.context(), SocketType.DEALER);
		peer.connect(router.getBoundAddresses().get(0));
		await().atMost(WAIT).until(() -> router.getConnectionMonitor().getConnectionCount() == 1);
		router.stop();
		assertThat(router.getConnectionMonitor().getConnectionCount()).isZero();
		peer.close();
	}

	private ZmqSocketLoop start(ZmqEndpointDefinition.Builder definition) {
		ZmqSocketLoop loop = loops.add(new ZmqSocketLoop(loops.context(), definition.build(), ZmqEndpointRole.LISTENER,
				List.of(), (message, done) -> done.run(), 1));
		loop.start();
		return loop;
	}

}
