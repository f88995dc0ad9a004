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

package io.github.zmqspring.benchmarks.apps;

import io.github.zmqspring.benchmarks.proto.ProtoTick;

/**
 * The payloads every benchmark sends, the same for the starter and for raw JeroMQ.
 */
public final class Payloads {

	/** Size of a raw payload and of a streamed item. */
	public static final int SIZE = 100;

	/** A 100-byte body. */
	public static final byte[] BYTES = bytes();

	/** The JSON record. */
	public static final Tick TICK = new Tick("ACME", 123_450_000L, 300, "XNAS");

	/** The Protobuf message with the same fields. */
	public static final ProtoTick PROTO_TICK = ProtoTick.newBuilder()
		.setSymbol(TICK.symbol())
		.setPriceMicros(TICK.priceMicros())
		.setSize(TICK.size())
		.setVenue(TICK.venue())
		.build();

	private Payloads() {
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[SIZE];
		for (int i = 0; i < SIZE; i++) {
			bytes[i] = (byte) ('a' + i % 26);
		}
		return bytes;
	}

}
