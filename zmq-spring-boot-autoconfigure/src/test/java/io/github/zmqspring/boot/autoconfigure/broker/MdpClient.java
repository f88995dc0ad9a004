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

package io.github.zmqspring.boot.autoconfigure.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.github.zmqspring.test.TestSockets;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A raw MDP/0.2 client on a JeroMQ DEALER, frames built from RFC 18:
 * {@code ["MDPC02"][0x01][service][body]...} out,
 * {@code ["MDPC02"][0x02|0x03][service][body]...} in.
 */
final class MdpClient implements AutoCloseable {

	private final ZMQ.Socket socket;

	MdpClient(ZContext context, String address, int receiveTimeoutMillis) {
		this.socket = TestSockets.create(context, SocketType.DEALER);
		this.socket.setReceiveTimeOut(receiveTimeoutMillis);
		this.socket.connect(address);
	}

	void request(String service, byte[]... body) {
		this.socket.sendMore("MDPC02");
		this.socket.sendMore(new byte[] { 0x01 });
		this.socket.send(service.getBytes(StandardCharsets.US_ASCII), ZMQ.SNDMORE);
		for (int i = 0; i < body.length; i++) {
			this.socket.send(body[i], (i < body.length - 1) ? ZMQ.SNDMORE : 0);
		}
	}

	/**
	 * @return the next command's frames, or {@code null} on timeout
	 */
	@Nullable List<byte[]> receive() {
		byte[] first = this.socket.recv(0);
		if (first == null) {
			return null;
		}
		List<byte[]> frames = new ArrayList<>();
		frames.add(first);
		while (this.socket.hasReceiveMore()) {
			frames.add(this.socket.recv(0));
		}
		return frames;
	}

	/**
	 * @return the body of the FINAL reply to a one-frame request, or {@code null} on
	 * timeout
	 */
	@Nullable String call(String service, String body) {
		request(service, body.getBytes(StandardCharsets.UTF_8));
		List<byte[]> reply = receive();
		return (reply != null) ? new String(reply.get(3), StandardCharsets.UTF_8) : null;
	}

	@Override
	public void close() {
		this.socket.close();
	}

	static boolean isFinal(List<byte[]> frames) {
		return frames.get(1).length == 1 && frames.get(1)[0] == 0x03;
	}

	static String text(byte[] frame) {
		return new String(frame, StandardCharsets.UTF_8);
	}

}
