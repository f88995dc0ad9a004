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

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of ZMTP (RFC 23 and 37), written by hand so that tests can send what no
 * ZeroMQ library would: greetings, commands and frame headers of any shape.
 */
final class Zmtp {

	/** Frame flag: more frames follow. */
	static final int MORE = 0x01;

	/** Frame flag: the size is 8 bytes. */
	static final int LONG = 0x02;

	/** Frame flag: a command, not a message frame. */
	static final int COMMAND = 0x04;

	private Zmtp() {
	}

	/**
	 * A ZMTP 3.0 greeting for the NULL mechanism, as a client.
	 * @return the 64 bytes
	 */
	static byte[] greeting() {
		return greeting("NULL");
	}

	/**
	 * A ZMTP 3.0 greeting, as a client.
	 * @param mechanism the security mechanism, e.g. {@code CURVE}
	 * @return the 64 bytes
	 */
	static byte[] greeting(String mechanism) {
		ByteBuffer greeting = ByteBuffer.allocate(64);
		greeting.put((byte) 0xFF).put(new byte[8]).put((byte) 0x7F);
		greeting.put((byte) 3).put((byte) 0);
		greeting.put(mechanism.getBytes(StandardCharsets.US_ASCII));
		return greeting.array();
	}

	/**
	 * A READY command announcing a socket type.
	 * @param socketType the type, e.g. {@code DEALER}
	 * @return the command frame
	 */
	static byte[] ready(String socketType) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(5);
		body.writeBytes("READY".getBytes(StandardCharsets.US_ASCII));
		body.write(11);
		body.writeBytes("Socket-Type".getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(ByteBuffer.allocate(4).putInt(socketType.length()).array());
		body.writeBytes(socketType.getBytes(StandardCharsets.US_ASCII));
		return frame(COMMAND, body.toByteArray());
	}

	/**
	 * A frame with a short or long header as its size requires.
	 * @param flags {@link #MORE} and/or {@link #COMMAND}
	 * @param body the body
	 * @return the frame
	 */
	static byte[] frame(int flags, byte[] body) {
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		if (body.length > 255) {
			frame.writeBytes(longHeader(flags, body.length));
		}
		else {
			frame.write(flags);
			frame.write(body.length);
		}
		frame.writeBytes(body);
		return frame.toByteArray();
	}

	/**
	 * The header of a long frame announcing any 64-bit size, the body not included.
	 * @param flags {@link #MORE} and/or {@link #COMMAND}
	 * @param size the size, sent as is (a negative number has the top bit set)
	 * @return the nine bytes
	 */
	static byte[] longHeader(int flags, long size) {
		return ByteBuffer.allocate(9).put((byte) (flags | LONG)).putLong(size).array();
	}

	/**
	 * Read a peer's ZMTP 3 greeting and its first command (READY or ERROR).
	 * @param in the connection's input
	 * @return the command's body
	 * @throws IOException when the connection closes first
	 */
	static byte[] readGreetingAndCommand(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(in);
		data.readFully(new byte[64]);
		int flags = data.readUnsignedByte();
		long size = ((flags & LONG) != 0) ? data.readLong() : data.readUnsignedByte();
		byte[] body = new byte[(int) size];
		data.readFully(body);
		return body;
	}

	/**
	 * Concatenate byte arrays.
	 * @param parts the parts
	 * @return all of them, in order
	 */
	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
