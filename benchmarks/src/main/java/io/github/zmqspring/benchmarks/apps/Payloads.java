package io.github.zmqspring.benchmarks.apps;

import io.github.zmqspring.benchmarks.proto.ProtoTick;

/**
 * The payloads every benchmark sends, the same for the starter and for raw JeroMQ.
 *
 * @author zmq-spring-boot
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
