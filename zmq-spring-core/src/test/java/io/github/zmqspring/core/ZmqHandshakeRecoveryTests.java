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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In JeroMQ 0.6.0 a DEALER that connects over loopback now and then never reads the
 * server's greeting, so the connection stays established but dead and its first request
 * is never delivered (about one connection in a few hundred here). The starter's default
 * handshake timeout drops such a connection and reconnects, so every request arrives.
 */
class ZmqHandshakeRecoveryTests {

	private static final int CONNECTIONS = 400;

	private final ZContext context = new ZContext();

	private final ZContext peers = new ZContext();

	@AfterEach
	void close() {
		this.peers.close();
		this.context.close();
	}

	@Test
	void everyFreshConnectionIsAnsweredWithTheDefaultHandshakeTimeout() {
		ZmqSocketLoop[] server = new ZmqSocketLoop[1];
		server[0] = new ZmqSocketLoop(this.context,
				ZmqEndpointDefinition.builder("echo")
					.type(SocketType.ROUTER)
					.bind(List.of("tcp://127.0.0.1:*"))
					.build(),
				ZmqEndpointRole.LISTENER, List.of(), (message, done) -> {
					server[0].send(message);
					done.run();
				}, 8);
		server[0].start();
		long slowest = 0;
		for (int i = 0; i < CONNECTIONS; i++) {
			try (ZMQ.Socket dealer = this.peers.createSocket(SocketType.DEALER)) {
				ZmqSocketOptions.DEFAULTS.applyTo(dealer, "peer", false, new ZmqEndpointStatistics("peer"));
				dealer.setLinger(0);
				dealer.setReceiveTimeOut(6000);
				dealer.connect(server[0].getBoundAddresses().get(0));
				long start = System.nanoTime();
				ZMsg request = new ZMsg();
				request.add(new byte[0]);
				request.add("n" + i);
				request.send(dealer);
				ZMsg reply = ZMsg.recvMsg(dealer);
				assertThat(reply).as("reply on connection %d", i).isNotNull();
				assertThat(reply.getLast().toString()).isEqualTo("n" + i);
				slowest = Math.max(slowest, System.nanoTime() - start);
			}
		}
		assertThat(Duration.ofNanos(slowest)).isLessThan(ZmqSocketOptions.DEFAULTS.handshakeTimeout().multipliedBy(3));
		server[0].stop();
	}

}
