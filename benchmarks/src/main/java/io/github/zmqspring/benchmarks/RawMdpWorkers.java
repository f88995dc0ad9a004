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

package io.github.zmqspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Plain JeroMQ MDP/0.2 echo workers, one thread and one DEALER per worker connection in a
 * tight loop, for measuring what the broker itself can do without the {@code @ZmqWorker}
 * bridge. Each answers a REQUEST carrying the starter's envelope with a FINAL carrying a
 * REPLY envelope and the same body, and each HEARTBEAT with a HEARTBEAT.
 */
final class RawMdpWorkers implements AutoCloseable {

	private static final byte[] MDPW02 = "MDPW02".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EMPTY = new byte[0];

	private final ZContext context = new ZContext();

	private final List<Thread> threads = new ArrayList<>();

	private final CountDownLatch stopped;

	private volatile boolean running = true;

	/**
	 * Start the workers.
	 * @param address the broker's address
	 * @param service the service they serve
	 * @param count how many worker connections
	 */
	RawMdpWorkers(String address, String service, int count) {
		this.stopped = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			Thread thread = new Thread(() -> serve(address, service.getBytes(StandardCharsets.US_ASCII)),
					"raw-mdp-worker-" + i);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	private void serve(String address, byte[] service) {
		ZMQ.Socket socket = this.context.createSocket(SocketType.DEALER);
		try {
			socket.setLinger(0);
			socket.setReceiveTimeOut(100);
			socket.setHandshakeIvl(RawRequestReply.HANDSHAKE_MILLIS);
			socket.connect(address);
			send(socket, MDPW02, new byte[] { 0x01 }, service);
			while (this.running) {
				byte[] header = socket.recv(0);
				if (header == null) {
					continue;
				}
				byte[] command = socket.recv(0);
				List<byte[]> rest = new ArrayList<>(3);
				while (socket.hasReceiveMore()) {
					rest.add(socket.recv(0));
				}
				switch (command[0]) {
					case 0x02 -> {
						// [client][""][envelope][body]
						ZmqEnvelope request = ZmqEnvelopeCodec.decode(rest.get(2));
						byte[] reply = ZmqEnvelopeCodec.encode(
								ZmqEnvelope.reply(request.correlationId(), request.contentType(), request.headers()));
						send(socket, MDPW02, new byte[] { 0x04 }, rest.get(0), EMPTY, reply, rest.get(3));
					}
					case 0x05 -> send(socket, MDPW02, new byte[] { 0x05 });
					case 0x06 -> send(socket, MDPW02, new byte[] { 0x01 }, service);
					default -> {
					}
				}
			}
		}
		finally {
			this.context.destroySocket(socket);
			this.stopped.countDown();
		}
	}

	private static void send(ZMQ.Socket socket, byte[]... frames) {
		for (int i = 0; i < frames.length; i++) {
			socket.send(frames[i], (i < frames.length - 1) ? ZMQ.SNDMORE : 0);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.stopped.await(10, TimeUnit.SECONDS);
		this.context.close();
	}

}
