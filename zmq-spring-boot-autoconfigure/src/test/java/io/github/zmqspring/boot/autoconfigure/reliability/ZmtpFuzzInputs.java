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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The inputs of the ZMTP fuzzer: what one raw TCP connection sends, drawn from a seeded
 * random source. A connection starts with a greeting (valid, truncated, or with its
 * signature, version, mechanism or filler mutated), then a READY command (valid, or with
 * its name, property name and value lengths, properties or socket type mutated), then
 * frames: commands (PING and PONG of every length, ERROR, SUBSCRIBE, CANCEL, unknown
 * ones) and message frames of random flags and bodies, some with a poisoned header
 * (reserved flag bits, sizes that lie, top-bit-set 64-bit sizes, a header cut short). A
 * mutated greeting ends the connection's script: nothing after it could be read.
 */
final class ZmtpFuzzInputs {

	/** In one in {@value} frames the header is poisoned. */
	private static final int POISON_ONE_IN = 40;

	private static final String[] MECHANISMS = { "NULL", "PLAIN", "CURVE", "GSSAPI", "null", "NULLX", "" };

	private static final String[] COMMANDS = { "PING", "PONG", "ERROR", "SUBSCRIBE", "CANCEL", "READY", "HELLO",
			"WELCOME", "INITIATE", "JOIN", "X" };

	private static final String[] SOCKET_TYPES = { "PAIR", "PUB", "SUB", "REQ", "REP", "DEALER", "ROUTER", "PULL",
			"PUSH", "XPUB", "XSUB", "STREAM", "FOO", "" };

	private static final String[] PROPERTIES = { "Socket-Type", "Identity", "Resource", "X-Custom", "socket-type", "" };

	private static final long[] LYING_SIZES = { 0, 1, 255, 256, 16L << 20, (16L << 20) + 1, Integer.MAX_VALUE, 1L << 32,
			1L << 62, Long.MAX_VALUE, -1, -2, 0x800000007fffffffL, 0xffffffff10000000L, 0x8000000000000100L,
			Long.MIN_VALUE };

	private final SplittableRandom random;

	private final String[] validPeerTypes;

	private int inputs;

	/**
	 * The script of one connection.
	 * @param random the connection's random source
	 * @param validPeerTypes the socket types the listener accepts as peers
	 */
	ZmtpFuzzInputs(SplittableRandom random, String... validPeerTypes) {
		this.random = random;
		this.validPeerTypes = validPeerTypes;
	}

	/**
	 * Draw a connection's bytes.
	 * @param maxFrames how many frames at most after the handshake
	 * @return the handshake (greeting and READY) and the frames that follow it
	 */
	Script connection(int maxFrames) {
		ByteArrayOutputStream handshake = new ByteArrayOutputStream();
		boolean valid = greeting(handshake);
		if (!valid) {
			return new Script(handshake.toByteArray(), new byte[0], false);
		}
		ready(handshake);
		ByteArrayOutputStream traffic = new ByteArrayOutputStream();
		int frames = this.random.nextInt(maxFrames + 1);
		for (int i = 0; i < frames; i++) {
			if (this.random.nextInt(4) == 0) {
				command(traffic);
			}
			else {
				message(traffic);
			}
		}
		// mostly as a proper peer does, sometimes without waiting for the listener's
		// READY
		return new Script(handshake.toByteArray(), traffic.toByteArray(), this.random.nextInt(10) != 0);
	}

	/**
	 * @return how many inputs (greetings, commands, frames) were drawn so far
	 */
	int inputs() {
		return this.inputs;
	}

	private boolean greeting(ByteArrayOutputStream out) {
		this.inputs++;
		byte[] greeting = Zmtp.greeting();
		int kind = this.random.nextInt(20);
		switch (kind) {
			case 0 -> greeting[0] = (byte) this.random.nextInt(256);
			case 1 -> greeting[9] = (byte) (this.random.nextInt(256) & ~1);
			case 2 -> greeting[1 + this.random.nextInt(8)] = (byte) this.random.nextInt(256);
			case 3 -> greeting[10] = (byte) pick(0, 1, 2, 4, 255);
			case 4 -> greeting[11] = (byte) this.random.nextInt(256);
			case 5 -> {
				byte[] mechanism = new byte[20];
				byte[] name = pick(MECHANISMS).getBytes(StandardCharsets.US_ASCII);
				System.arraycopy(name, 0, mechanism, 0, name.length);
				System.arraycopy(mechanism, 0, greeting, 12, 20);
			}
			case 6 -> {
				byte[] mechanism = new byte[20];
				this.random.nextBytes(mechanism);
				System.arraycopy(mechanism, 0, greeting, 12, 20);
			}
			case 7 -> {
				out.writeBytes(Arrays.copyOf(greeting, this.random.nextInt(64)));
				return false;
			}
			case 8 -> {
				greeting[32] = (byte) this.random.nextInt(256);
				for (int i = 33; i < 64; i++) {
					greeting[i] = (byte) this.random.nextInt(256);
				}
			}
			default -> {
				// valid; ZMTP 3.1 as often as 3.0
				greeting[11] = (byte) this.random.nextInt(2);
			}
		}
		out.writeBytes(greeting);
		// a mutated filler or minor version is still a greeting JeroMQ accepts
		return kind >= 8 || kind == 4;
	}

	private void ready(ByteArrayOutputStream out) {
		this.inputs++;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		boolean mutate = this.random.nextInt(4) == 0;
		shortString(body, (mutate && this.random.nextInt(4) == 0) ? pick(COMMANDS) : "READY");
		String socketType = (mutate && this.random.nextInt(3) == 0) ? pick(SOCKET_TYPES) : pick(this.validPeerTypes);
		property(body, "Socket-Type", socketType.getBytes(StandardCharsets.US_ASCII));
		if (this.random.nextInt(3) == 0) {
			property(body, "Identity", bytes(this.random.nextInt(mutate ? 300 : 256)));
		}
		if (mutate) {
			switch (this.random.nextInt(5)) {
				case 0 -> property(body, pick(PROPERTIES), bytes(this.random.nextInt(40)));
				case 1 -> {
					// a name length beyond the command
					body.write(200 + this.random.nextInt(56));
					body.writeBytes(bytes(this.random.nextInt(10)));
				}
				case 2 -> {
					// a value length beyond the command
					shortString(body, "X-Lie");
					body.writeBytes(ByteBuffer.allocate(4).putInt((int) pick(LYING_SIZES)).array());
					body.writeBytes(bytes(this.random.nextInt(10)));
				}
				case 3 -> body.writeBytes(bytes(1 + this.random.nextInt(20)));
				default -> {
					byte[] whole = body.toByteArray();
					body.reset();
					body.writeBytes(Arrays.copyOf(whole, this.random.nextInt(whole.length + 1)));
				}
			}
		}
		frame(out, Zmtp.COMMAND, body.toByteArray());
	}

	private void command(ByteArrayOutputStream out) {
		this.inputs++;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String name = pick(COMMANDS);
		switch (name) {
			case "PING" -> {
				// ZMTP 3.1: TTL (2 bytes) and up to 16 bytes of context; shorter and
				// longer too
				byte[] ping = new byte[5 + this.random.nextInt(2 + 2 + 30)];
				ping[0] = 4;
				System.arraycopy("PING".getBytes(StandardCharsets.US_ASCII), 0, ping, 1, 4);
				for (int i = 5; i < ping.length; i++) {
					ping[i] = (byte) this.random.nextInt(256);
				}
				body.writeBytes(ping);
			}
			case "ERROR", "SUBSCRIBE", "CANCEL" -> {
				shortString(body, name);
				if (name.equals("ERROR")) {
					body.write(this.random.nextInt(256));
				}
				body.writeBytes(bytes(this.random.nextInt(40)));
			}
			default -> {
				shortString(body, name);
				body.writeBytes(bytes(this.random.nextInt(20)));
			}
		}
		byte[] command = body.toByteArray();
		if (this.random.nextInt(10) == 0) {
			// a name length that does not fit
			command[0] = (byte) this.random.nextInt(256);
		}
		frame(out, Zmtp.COMMAND, command);
	}

	private void message(ByteArrayOutputStream out) {
		this.inputs++;
		int flags = this.random.nextBoolean() ? Zmtp.MORE : 0;
		frame(out, flags, bytes(this.random.nextInt(4) == 0 ? this.random.nextInt(600) : this.random.nextInt(40)));
	}

	/**
	 * A frame, its header short or long as the size needs (sometimes long anyway), or in
	 * one in {@value #POISON_ONE_IN} a poisoned header.
	 */
	private void frame(ByteArrayOutputStream out, int flags, byte[] body) {
		if (this.random.nextInt(POISON_ONE_IN) == 0) {
			switch (this.random.nextInt(4)) {
				case 0 -> flags |= (this.random.nextInt(31) + 1) << 3;
				case 1 -> {
					out.writeBytes(Zmtp.longHeader(flags, pick(LYING_SIZES)));
					out.writeBytes(body);
					return;
				}
				case 2 -> {
					out.write(flags);
					out.write(this.random.nextInt(256));
					out.writeBytes(body);
					return;
				}
				default -> {
					byte[] header = Zmtp.longHeader(flags, body.length);
					out.writeBytes(Arrays.copyOf(header, 1 + this.random.nextInt(8)));
					return;
				}
			}
		}
		if (body.length > 255 || this.random.nextInt(10) == 0) {
			out.writeBytes(Zmtp.longHeader(flags, body.length));
		}
		else {
			out.write(flags);
			out.write(body.length);
		}
		out.writeBytes(body);
	}

	private void property(ByteArrayOutputStream body, String name, byte[] value) {
		shortString(body, name);
		body.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
		body.writeBytes(value);
	}

	private static void shortString(ByteArrayOutputStream body, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
		body.write(bytes.length);
		body.writeBytes(bytes);
	}

	private byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private long pick(long... values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * What one connection sends.
	 *
	 * @param handshake the greeting and, when the greeting is valid, a READY command
	 * @param traffic the frames after them
	 * @param awaitReady whether to wait for the listener's greeting and READY before
	 * sending the frames (JeroMQ reads frames that arrive before it sent its READY as
	 * handshake commands, and fails the handshake)
	 */
	record Script(byte[] handshake, byte[] traffic, boolean awaitReady) {
	}

}
