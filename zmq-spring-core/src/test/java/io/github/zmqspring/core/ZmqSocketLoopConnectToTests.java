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
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqSocketLoop#connectTo(java.util.Collection)}: run-time connect
 * addresses applied by the socket thread, with raw PULL sockets on loopback TCP as peers.
 */
class ZmqSocketLoopConnectToTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@RegisterExtension
	static final SocketLoops loops = new SocketLoops();

	@Test
	void connectsToNewAddressesAndDisconnectsFromGoneOnes() {
		ZMQ.Socket first = pull();
		ZMQ.Socket second = pull();
		ZmqSocketLoop loop = pushLoop();
		loop.start();
		assertThat(loop.getConnectAddresses()).isEmpty();
		loop.connectTo(List.of(first.getLastEndpoint()));
		await().atMost(WAIT).until(() -> loop.getConnectAddresses().equals(List.of(first.getLastEndpoint())));
		loop.send(new ZMsg().append("one"));
		assertThat(first.recvStr()).isEqualTo("one");

		loop.connectTo(List.of(second.getLastEndpoint()));
		await().atMost(WAIT).until(() -> loop.getConnectAddresses().equals(List.of(second.getLastEndpoint())));
		for (int i = 0; i < 10; i++) {
			loop.send(new ZMsg().append("two-" + i));
		}
		for (int i = 0; i < 10; i++) {
			assertThat(second.recvStr()).isEqualTo("two-" + i);
		}
		assertThat(first.recvStr()).as("nothing more for the address that is gone").isNull();
		assertThat(loop.getTargetConnects()).isEqualTo(2);
		assertThat(loop.getTargetDisconnects()).isEqualTo(1);
	}

	@Test
	void addressesSetBeforeStartAreConnectedWhenTheSocketOpensAndAgainAfterARestart() {
		ZMQ.Socket peer = pull();
		ZmqSocketLoop loop = pushLoop();
		loop.connectTo(List.of(peer.getLastEndpoint()));
		loop.start();
		assertThat(loop.getConnectAddresses()).containsExactly(peer.getLastEndpoint());
		loop.send(new ZMsg().append("first run"));
		assertThat(peer.recvStr()).isEqualTo("first run");
		loop.stop();
		loop.start();
		assertThat(loop.getConnectAddresses()).containsExactly(peer.getLastEndpoint());
		loop.send(new ZMsg().append("second run"));
		assertThat(peer.recvStr()).isEqualTo("second run");
	}

	@Test
	void anEndpointWithRunTimeAddressesHasNoAddressUntilOneIsKnown() {
		ZMQ.Socket peer = pull();
		ZmqSocketLoop loop = pushLoop();
		assertThat(loop.hasNoAddress()).isTrue();
		loop.connectTo(List.of());
		assertThat(loop.hasNoAddress()).isTrue();
		loop.connectTo(List.of(peer.getLastEndpoint()));
		assertThat(loop.hasNoAddress()).isFalse();
	}

	@Test
	void anEndpointWithFixedAddressesAlwaysHasOne() {
		ZmqSocketLoop loop = new ZmqSocketLoop(loops.context(),
				ZmqEndpointDefinition.builder("fixed")
					.type(SocketType.PUSH)
					.connect(List.of("tcp://127.0.0.1:5999"))
					.build(),
				ZmqEndpointRole.CLIENT, List.of(), null, 1);
		assertThat(loop.hasNoAddress()).isFalse();
	}

	@Test
	void anInvalidAddressIsRefusedOnTheCallersThread() {
		ZmqSocketLoop loop = pushLoop();
		assertThatIllegalArgumentException().isThrownBy(() -> loop.connectTo(List.of("tcp://no-port")))
			.withMessageContaining("tcp://no-port");
	}

	private ZmqSocketLoop pushLoop() {
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("dynamic")
			.type(SocketType.PUSH)
			.dynamicConnect(true)
			.build();
		return loops.add(new ZmqSocketLoop(loops.context(), definition, ZmqEndpointRole.CLIENT, List.of(), null, 1));
	}

	private static ZMQ.Socket pull() {
		ZMQ.Socket socket = TestSockets.create(loops.context(), SocketType.PULL);
		socket.setReceiveTimeOut(2000);
		socket.bind("tcp://127.0.0.1:*");
		return socket;
	}

}
