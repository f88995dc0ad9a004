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
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.test.TestSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * A raw JeroMQ ROUTER speaking the starter's envelope that misbehaves on purpose: it
 * answers {@code echo:<payload>} (an error to payloads starting with {@code fail}), but
 * loses requests as its {@link Fault} says (never those starting with {@code warm}), and
 * counts what it received per payload. Runs on its own thread until closed.
 */
final class FaultyRouter implements AutoCloseable {

	private final ZContext context = new ZContext();

	private final Fault fault;

	private final Thread thread;

	private final int port;

	private volatile boolean running = true;

	private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

	private final Set<String> connections = ConcurrentHashMap.newKeySet();

	private volatile byte[] blackHole;

	FaultyRouter(Fault fault) {
		this.fault = fault;
		ZMQ.Socket socket = TestSockets.create(this.context, SocketType.ROUTER);
		this.port = socket.bindToRandomPort("tcp://127.0.0.1");
		socket.setReceiveTimeOut(50);
		this.thread = new Thread(() -> serve(socket), "faulty-router");
		this.thread.start();
	}

	int port() {
		return this.port;
	}

	/**
	 * @return how many times a payload arrived
	 */
	int received(String payload) {
		AtomicInteger count = this.received.get(payload);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * @return how many distinct connections (routing ids) sent requests
	 */
	int connections() {
		return this.connections.size();
	}

	private void serve(ZMQ.Socket socket) {
		try {
			serveUntilClosed(socket);
		}
		finally {
			socket.close();
		}
	}

	private void serveUntilClosed(ZMQ.Socket socket) {
		while (this.running) {
			ZMsg message = ZMsg.recvMsg(socket);
			if (message == null || message.size() < 3) {
				continue;
			}
			byte[] identity = message.pop().getData();
			message.pop();
			ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(message.pop().getData());
			if (envelope.kind() != ZmqMessageKind.REQUEST) {
				continue;
			}
			String payload = new String(message.pop().getData(), StandardCharsets.UTF_8);
			int count = this.received.computeIfAbsent(payload, (key) -> new AtomicInteger()).incrementAndGet();
			this.connections.add(Arrays.toString(identity));
			if (lose(identity, payload, count)) {
				continue;
			}
			ZMsg reply = new ZMsg();
			reply.add(identity);
			reply.add(new byte[0]);
			if (payload.startsWith("fail")) {
				reply.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.error(envelope.correlationId(), 500)));
				reply.add("boom".getBytes(StandardCharsets.UTF_8));
			}
			else {
				reply.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.reply(envelope.correlationId(), "text/plain", Map.of())));
				reply.add(("echo:" + payload).getBytes(StandardCharsets.UTF_8));
			}
			reply.send(socket);
		}
	}

	private boolean lose(byte[] identity, String payload, int count) {
		if (payload.startsWith("warm")) {
			return false;
		}
		return switch (this.fault) {
			case NONE -> false;
			case SILENT -> true;
			case LOSE_FIRST_TWO -> count <= 2;
			case BLACK_HOLE_FIRST_CONNECTION -> {
				if (this.blackHole == null) {
					this.blackHole = identity;
				}
				yield Arrays.equals(this.blackHole, identity);
			}
		};
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join(5000);
		this.context.close();
	}

	/**
	 * How the server misbehaves.
	 */
	enum Fault {

		/** Answers everything. */
		NONE,

		/** Answers nothing (but what starts with {@code warm}). */
		SILENT,

		/** Ignores the first two requests with each payload. */
		LOSE_FIRST_TWO,

		/** Never answers anything that arrives on the first connection. */
		BLACK_HOLE_FIRST_CONNECTION

	}

}
