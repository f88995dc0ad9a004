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

package io.github.zmqspring.fuzz;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.github.zmqspring.convert.ZmqMessageConverters;
import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqProtocolException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.InvalidMimeTypeException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzzer for the envelope decoder and the payload converters: random frames, and
 * valid envelopes mutated (bits flipped, bytes set to 0xFF, inserted, deleted,
 * truncated). The decoder returns an envelope that encodes and decodes to itself, or
 * throws {@link ZmqProtocolException}, nothing else, and allocates in proportion to the
 * frame, never to a length field it read; the converters convert or throw the conversion
 * exceptions that become 400/415 replies. {@code -Dreliability.fuzz.iterations} sets the
 * inputs per test (the {@code reliability} Maven profile runs two million),
 * {@code -Dreliability.fuzz.seed} replays a run.
 */
class EnvelopeFuzzTests {

	private static final int ITERATIONS = Integer.getInteger("reliability.fuzz.iterations", 50_000);

	private static final long SEED = Long.getLong("reliability.fuzz.seed", System.nanoTime());

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final String[] CONTENT_TYPES = { "text/plain", "application/json", "application/octet-stream",
			"application/x-protobuf", "text/plain;charset=UTF-16", "image/png", "", "not a type", "*/*" };

	private static final Class<?>[] TARGET_TYPES = { String.class, byte[].class, Integer.class, Long.class, Map.class,
			List.class, Sample.class, ByteBuffer.class };

	private final ZmqPayloadConverter converter = new ZmqPayloadConverter(ZmqMessageConverters.createDefault());

	@BeforeAll
	static void enableAllocationCounting() {
		THREADS.setThreadAllocatedMemoryEnabled(true);
		System.out.println("[reliability] fuzz seed " + SEED + ", " + ITERATIONS + " inputs per test");
	}

	@Test
	void randomFramesDecodeOrFailWithTheProtocolException() {
		SplittableRandom random = new SplittableRandom(SEED);
		for (int i = 0; i < ITERATIONS; i++) {
			decodeChecked(randomFrame(random));
		}
	}

	@Test
	void mutatedEnvelopesDecodeOrFailWithTheProtocolException() {
		SplittableRandom random = new SplittableRandom(SEED + 1);
		for (int i = 0; i < ITERATIONS; i++) {
			byte[] frame = ZmqEnvelopeCodec.encode(randomEnvelope(random));
			int edits = 1 + random.nextInt(4);
			for (int e = 0; e < edits; e++) {
				frame = mutate(frame, random);
			}
			decodeChecked(frame);
		}
	}

	@Test
	void randomPayloadsConvertOrFailWithAConversionException() {
		SplittableRandom random = new SplittableRandom(SEED + 2);
		for (int i = 0; i < ITERATIONS / 10; i++) {
			byte[] body = randomFrame(random);
			String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
			Class<?> target = TARGET_TYPES[random.nextInt(TARGET_TYPES.length)];
			try {
				this.converter.fromPayload(new ZmqPayload(body, contentType.isEmpty() ? null : contentType), target,
						null);
			}
			catch (MessageConversionException | InvalidMimeTypeException ex) {
				// the documented failures: a 400 or 415 reply, or an undecodable drop
			}
		}
	}

	private static void decodeChecked(byte[] frame) {
		ZmqEnvelope envelope = decode(frame);
		if (envelope != null) {
			// invalid UTF-8 decodes leniently (U+FFFD), so compare envelopes, not bytes
			assertThat(decode(ZmqEnvelopeCodec.encode(envelope))).isEqualTo(envelope);
		}
		// measured on a second decode, so that first-use class initialization does not
		// count
		long thread = Thread.currentThread().getId();
		long before = THREADS.getThreadAllocatedBytes(thread);
		decode(frame);
		long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
		// strings, the header map, an exception with its stack trace: bounded by the
		// frame,
		// never by a length field read from it (up to 65535 per header value, 255
		// headers)
		assertThat(allocated).as("bytes allocated decoding a %d-byte frame", frame.length)
			.isLessThan(32 * 1024 + 32L * frame.length);
	}

	private static @Nullable ZmqEnvelope decode(byte[] frame) {
		try {
			return ZmqEnvelopeCodec.decode(frame);
		}
		catch (ZmqProtocolException ex) {
			// the one documented failure
			return null;
		}
	}

	private static byte[] randomFrame(SplittableRandom random) {
		byte[] frame = new byte[random.nextInt(300)];
		random.nextBytes(frame);
		if (frame.length >= 3 && random.nextBoolean()) {
			frame[0] = (byte) 0xFF;
			frame[1] = 0x5A;
			frame[2] = 1;
		}
		return frame;
	}

	private static ZmqEnvelope randomEnvelope(SplittableRandom random) {
		ZmqMessageKind[] kinds = ZmqMessageKind.values();
		Map<String, String> headers = new LinkedHashMap<>();
		int count = random.nextInt(6);
		for (int i = 0; i < count; i++) {
			headers.put("k" + i + randomText(random, 8), randomText(random, 30));
		}
		return new ZmqEnvelope(kinds[random.nextInt(kinds.length)], random.nextLong(), random.nextInt(65536),
				randomText(random, 40), random.nextBoolean() ? null : CONTENT_TYPES[random.nextInt(4)], headers);
	}

	private static String randomText(SplittableRandom random, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x3000));
		}
		String value = text.toString();
		// keep to what the format can carry: one byte of length for route, key and
		// content type
		while (value.getBytes(StandardCharsets.UTF_8).length > 255) {
			value = value.substring(0, value.length() / 2);
		}
		return value;
	}

	private static byte[] mutate(byte[] frame, SplittableRandom random) {
		if (frame.length == 0) {
			return frame;
		}
		int at = random.nextInt(frame.length);
		byte[] copy;
		switch (random.nextInt(5)) {
			case 0 -> {
				copy = frame.clone();
				copy[at] ^= (byte) (1 << random.nextInt(8));
			}
			case 1 -> {
				copy = frame.clone();
				copy[at] = (byte) 0xFF;
			}
			case 2 -> {
				copy = new byte[frame.length + 1];
				System.arraycopy(frame, 0, copy, 0, at);
				copy[at] = (byte) random.nextInt(256);
				System.arraycopy(frame, at, copy, at + 1, frame.length - at);
			}
			case 3 -> {
				copy = new byte[frame.length - 1];
				System.arraycopy(frame, 0, copy, 0, at);
				System.arraycopy(frame, at + 1, copy, at, frame.length - at - 1);
			}
			default -> {
				copy = new byte[at];
				System.arraycopy(frame, 0, copy, 0, at);
			}
		}
		return copy;
	}

	/**
	 * A JSON target type.
	 *
	 * @param name a name
	 * @param count a count
	 */
	record Sample(String name, int count) {
	}

}
