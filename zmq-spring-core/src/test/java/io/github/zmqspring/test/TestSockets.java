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

package io.github.zmqspring.test;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Raw JeroMQ sockets for tests, as independent peers of the starter's endpoints. They get
 * no linger and a short handshake interval: a JeroMQ 0.6.0 socket now and then never
 * reads the greeting of a loopback connection (see
 * {@code docs/internals/jeromq-0.6.0.md}), and a handshake interval makes it reconnect
 * instead of leaving the test waiting.
 */
public final class TestSockets {

	private TestSockets() {
	}

	/**
	 * Create a socket on the calling thread, closed with the context if not before.
	 * @param context the context
	 * @param type the socket type
	 * @return the socket, not connected
	 */
	public static ZMQ.Socket create(ZContext context, SocketType type) {
		ZMQ.Socket socket = context.createSocket(type);
		socket.setLinger(0);
		socket.setHandshakeIvl(1000);
		return socket;
	}

}
