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

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.zmqspring.benchmarks.proto.ProtoTick;
import io.github.zmqspring.benchmarks.apps.Payloads;
import io.github.zmqspring.benchmarks.apps.Tick;
import org.openjdk.jmh.infra.Blackhole;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import tools.jackson.databind.json.JsonMapper;

import com.google.protobuf.InvalidProtocolBufferException;

/**
 * Request/reply written by hand on JeroMQ: a ROUTER echo server on its own thread and a
 * DEALER client keeping a window of requests in flight. A request is two frames, a
 * one-byte route and the body, mirroring the starter's route; the server decodes and
 * re-encodes JSON and Protobuf bodies as the starter's listener does.
 */
public final class RawRequestReply {

	/** Route: echo the bytes. */
	public static final byte[] BYTES = { 'b' };

	/** Route: read the JSON {@link Tick} and write it back. */
	public static final byte[] JSON = { 'j' };

	/** Route: parse the {@link ProtoTick} and serialize it back. */
	public static final byte[] PROTOBUF = { 'p' };

	/**
	 * Route: the body is an int count, answered by that many 100-byte items and an empty
	 * end frame.
	 */
	public static final byte[] STREAM = { 's' };

	private static final byte[] END = new byte[0];

	/**
	 * The handshake timeout of a connecting raw socket, the starter's default: JeroMQ
	 * 0.6.0 now and then leaves a fresh connection unpolled
	 * (docs/internals/jeromq-0.6.0.md, "A connecting socket sometimes never reads the
	 * greeting"), and only the handshake timeout drops and reconnects it; JeroMQ's own
	 * default waits 30 s.
	 */
	public static final int HANDSHAKE_MILLIS = 2000;

	/** The JSON mapper of the hand-written side. */
	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private RawRequestReply() {
	}

	/**
	 * Start a ROUTER echo server. It sets {@code ROUTER_MANDATORY}, so that a reply to a
	 * full peer waits instead of being dropped, as the starter's ROUTER backlog does.
	 * @param context the context
	 * @param setup binds or connects the socket
	 * @return the running server
	 */
	public static RawPeer startServer(ZContext context, Consumer<ZMQ.Socket> setup) {
		return RawPeer.start(context, SocketType.ROUTER, "raw-router", (socket) -> {
			socket.setRouterMandatory(true);
			setup.accept(socket);
		}, RawRequestReply::serve);
	}

	private static void serve(ZMQ.Socket router) {
		byte[] first = router.recv(0);
		if (first == null) {
			return;
		}
		// the routing ids (one per hop), then the route and the body
		List<byte[]> frames = new ArrayList<>(4);
		frames.add(first);
		while (router.hasReceiveMore()) {
			frames.add(router.recv(0));
		}
		List<byte[]> envelope = frames.subList(0, frames.size() - 2);
		byte[] route = frames.get(frames.size() - 2);
		byte[] body = frames.get(frames.size() - 1);
		switch (route[0]) {
			case 'j' -> reply(router, envelope, MAPPER.writeValueAsBytes(MAPPER.readValue(body, Tick.class)));
			case 'p' -> reply(router, envelope, parse(body).toByteArray());
			case 's' -> {
				int count = ByteBuffer.wrap(body).getInt();
				for (int i = 0; i < count; i++) {
					reply(router, envelope, Payloads.BYTES);
				}
				reply(router, envelope, END);
			}
			default -> reply(router, envelope, body);
		}
	}

	private static void reply(ZMQ.Socket router, List<byte[]> envelope, byte[] body) {
		for (byte[] frame : envelope) {
			router.send(frame, ZMQ.SNDMORE);
		}
		router.send(body, 0);
	}

	/**
	 * Parse a {@link ProtoTick}.
	 * @param body the bytes
	 * @return the message
	 */
	public static ProtoTick parse(byte[] body) {
		try {
			return ProtoTick.parseFrom(body);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Make {@code batch} requests with at most {@code window} in flight, encoding each
	 * request and decoding each reply.
	 * @param dealer the client socket
	 * @param route the route frame
	 * @param batch how many requests
	 * @param window how many in flight at most
	 * @param encode makes a request body
	 * @param decode reads a reply body
	 * @param blackhole takes the decoded replies
	 */
	public static void window(ZMQ.Socket dealer, byte[] route, int batch, int window, Supplier<byte[]> encode,
			Function<byte[], ?> decode, Blackhole blackhole) {
		int sent = 0;
		int received = 0;
		while (received < batch) {
			while (sent < batch && sent - received < window) {
				dealer.send(route, ZMQ.SNDMORE);
				dealer.send(encode.get(), 0);
				sent++;
			}
			blackhole.consume(decode.apply(receive(dealer)));
			received++;
		}
	}

	/**
	 * Make one request and wait for its reply.
	 * @param dealer the client socket
	 * @param body the request body
	 * @return the reply body
	 */
	public static byte[] call(ZMQ.Socket dealer, byte[] body) {
		dealer.send(BYTES, ZMQ.SNDMORE);
		dealer.send(body, 0);
		return receive(dealer);
	}

	/**
	 * Ask for a stream of {@code count} items and read it to its end.
	 * @param dealer the client socket
	 * @param count the number of items
	 * @param blackhole takes the items
	 * @return the number of items read
	 */
	public static int stream(ZMQ.Socket dealer, int count, Blackhole blackhole) {
		dealer.send(STREAM, ZMQ.SNDMORE);
		dealer.send(ByteBuffer.allocate(4).putInt(count).array(), 0);
		int items = 0;
		byte[] item;
		while ((item = receive(dealer)).length > 0) {
			blackhole.consume(item);
			items++;
		}
		return items;
	}

	private static byte[] receive(ZMQ.Socket dealer) {
		byte[] reply = dealer.recv(0);
		if (reply == null) {
			throw new IllegalStateException("No reply within the receive timeout");
		}
		return reply;
	}

	/**
	 * Create a DEALER client on the calling thread, connected to a port on 127.0.0.1.
	 * @param context the context
	 * @param port the server's port
	 * @return the socket
	 */
	public static ZMQ.Socket connect(ZContext context, int port) {
		ZMQ.Socket dealer = context.createSocket(SocketType.DEALER);
		dealer.setLinger(0);
		dealer.setReceiveTimeOut(10_000);
		dealer.setHandshakeIvl(HANDSHAKE_MILLIS);
		dealer.connect("tcp://127.0.0.1:" + port);
		return dealer;
	}

}
