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

import io.github.zmqspring.benchmarks.apps.Arrivals;
import io.github.zmqspring.benchmarks.apps.Payloads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The raw JeroMQ side of the one-way benchmarks: a PUB (topic frame and body) or PUSH
 * socket used by the benchmark thread, and a SUB or PULL socket on its own thread
 * counting what arrives.
 */
@State(Scope.Benchmark)
public class RawOneWay extends OneWay {

	/** The topic frame of published messages. */
	public static final byte[] TOPIC = "feed".getBytes(java.nio.charset.StandardCharsets.UTF_8);

	@Param({ "PUB_SUB", "PUSH_PULL" })
	public Pattern pattern;

	private final Arrivals arrivals = new Arrivals();

	private ZContext context;

	private ZContext receiverContext;

	private RawPeer receiver;

	private ZMQ.Socket sender;

	@Setup(Level.Trial)
	public void start() {
		this.context = new ZContext();
		this.receiverContext = new ZContext();
		boolean pubSub = this.pattern == Pattern.PUB_SUB;
		this.receiver = startReceiver(this.receiverContext, pubSub ? SocketType.SUB : SocketType.PULL,
				"tcp://127.0.0.1:*", true, this.arrivals);
		this.sender = createSender(this.context, pubSub ? SocketType.PUB : SocketType.PUSH);
		this.sender.connect("tcp://127.0.0.1:" + this.receiver.port());
		warmUp(this.arrivals);
	}

	@Override
	protected void send() {
		send(this.sender, this.pattern == Pattern.PUB_SUB);
	}

	/**
	 * Send one message by hand.
	 * @param sender the PUB or PUSH socket
	 * @param topic whether to send the topic frame first
	 */
	static void send(ZMQ.Socket sender, boolean topic) {
		if (topic) {
			sender.send(TOPIC, ZMQ.SNDMORE);
		}
		sender.send(Payloads.BYTES, 0);
	}

	/**
	 * Create a sending socket with the benchmarks' high-water mark, on the calling
	 * thread.
	 * @param context the context
	 * @param type PUB or PUSH
	 * @return the socket
	 */
	static ZMQ.Socket createSender(ZContext context, SocketType type) {
		ZMQ.Socket socket = context.createSocket(type);
		socket.setLinger(0);
		socket.setSndHWM(BenchApps.HWM);
		socket.setHandshakeIvl(RawRequestReply.HANDSHAKE_MILLIS);
		return socket;
	}

	/**
	 * Start a receiving socket on its own thread, counting whole messages.
	 * @param context the context
	 * @param type SUB (subscribed to the topic) or PULL
	 * @param address where to bind or connect
	 * @param bind whether to bind
	 * @param arrivals the counter
	 * @return the receiver
	 */
	static RawPeer startReceiver(ZContext context, SocketType type, String address, boolean bind, Arrivals arrivals) {
		return RawPeer.start(context, type, "raw-" + type.name().toLowerCase(java.util.Locale.ROOT), (socket) -> {
			socket.setRcvHWM(BenchApps.HWM);
			if (type == SocketType.SUB) {
				socket.subscribe(TOPIC);
			}
			if (bind) {
				socket.bind(address);
			}
			else {
				socket.connect(address);
			}
		}, (socket) -> {
			if (socket.recv(0) != null) {
				while (socket.hasReceiveMore()) {
					socket.recv(0);
				}
				arrivals.arrived();
			}
		});
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.context.destroySocket(this.sender);
		this.receiver.close();
		this.context.close();
		this.receiverContext.close();
	}

}
