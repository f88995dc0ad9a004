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

package io.github.zmqspring.protocol;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.zmqspring.protocol.ZmqEnvelopeCodecTests.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests that {@link ZmqEnvelopeCodec#decode(byte[])} rejects every malformed frame with a
 * {@link ZmqProtocolException} that says what is wrong, and never throws anything else.
 */
class ZmqEnvelopeCodecMalformedTests {

	/** A valid frame with every field: route, content type and two headers. */
	private static final byte[] FULL = ZmqEnvelopeCodec
		.encode(ZmqEnvelope.request(42, "orders.create", "application/json",
				headers("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "x-user", "Zoë")));

	@Test
	void rejectsEmptyFrame() {
		assertMalformed(new byte[0], "empty frame is not an envelope");
	}

	@Test
	void rejectsOneAndTwoByteFrames() {
		assertMalformed(bytes(0xFF), "envelope truncated: 1 byte, an envelope has at least 17");
		assertMalformed(bytes(0xFF, 0x5A), "envelope truncated: 2 bytes, an envelope has at least 17");
		assertMalformed(bytes(0x41), "bad envelope signature 0x41, expected 0xFF 0x5A");
		assertMalformed(bytes(0xFF, 0x00), "bad envelope signature 0xFF 0x00, expected 0xFF 0x5A");
	}

	@Test
	void rejectsBadSignature() {
		byte[] frame = FULL.clone();
		frame[1] = 'Y';
		assertMalformed(frame, "bad envelope signature 0xFF 0x59, expected 0xFF 0x5A");
		assertMalformed("hello world, no envelope".getBytes(), "bad envelope signature 0x68 0x65, expected 0xFF 0x5A");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 2, 3, 255 })
	void rejectsOtherVersions(int version) {
		byte[] frame = FULL.clone();
		frame[2] = (byte) version;
		assertMalformed(frame, "unsupported envelope version " + version);
	}

	@Test
	void rejectsOtherVersionEvenWhenShort() {
		assertMalformed(bytes(0xFF, 0x5A, 0x02), "unsupported envelope version 2");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 8, 9, 127, 128, 255 })
	void rejectsUnknownKinds(int kind) {
		byte[] frame = FULL.clone();
		frame[3] = (byte) kind;
		assertMalformed(frame, "unknown message kind " + kind);
	}

	@Test
	void rejectsEveryTruncation() {
		for (int length = 0; length < FULL.length; length++) {
			byte[] prefix = Arrays.copyOf(FULL, length);
			try {
				ZmqEnvelopeCodec.decode(prefix);
				fail("accepted a prefix of " + length + " of " + FULL.length + " bytes");
			}
			catch (ZmqProtocolException ex) {
				assertThat(ex.getMessage()).as("prefix of %d bytes", length)
					.matches("(empty frame.*|envelope truncated: .*)");
			}
		}
	}

	@Test
	void rejectsEveryTruncationOfTheSmallestEnvelope() {
		byte[] smallest = ZmqEnvelopeCodec.encode(ZmqEnvelope.cancel(1));
		for (int length = 0; length < smallest.length; length++) {
			byte[] prefix = Arrays.copyOf(smallest, length);
			assertThatExceptionOfType(ZmqProtocolException.class).isThrownBy(() -> ZmqEnvelopeCodec.decode(prefix));
		}
	}

	@Test
	void reportsWhereTheRouteRunsPastTheEnd() {
		byte[] frame = Arrays.copyOf(FULL, 25);
		frame[14] = 40;
		assertMalformed(frame, "envelope truncated: route length 40 at offset 14 exceeds the 10 bytes left");
	}

	@Test
	void reportsAMissingContentTypeLength() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 'a', 'b');
		assertMalformed(frame, "envelope truncated: content type length at offset 17 is missing, the frame ends at 17");
	}

	@Test
	void reportsAHeaderValueLengthBeyondTheEnd() {
		// one header "k" with value length 65535 and only 3 value bytes present
		byte[] frame = bytes(0xFF, 0x5A, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 200, 0, 0, 1, 1, 'k', 0xFF, 0xFF, 'a', 'b',
				'c');
		assertMalformed(frame,
				"envelope truncated: value length 65535 of header 'k' at offset 19 exceeds the 3 bytes left");
	}

	@Test
	void reportsAHeaderCountBeyondTheEnd() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 200, 0, 0, 200, 1, 'k', 0, 0);
		assertMalformed(frame,
				"envelope truncated: header count 200 at offset 16 needs at least 800 bytes, 4 bytes left");
	}

	@Test
	void reportsAKeyLengthBeyondTheEnd() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 200, 0, 0, 1, 9, 'k', 0, 0);
		assertMalformed(frame, "envelope truncated: key length 9 of header #1 at offset 17 exceeds the 3 bytes left");
	}

	@Test
	void rejectsTrailingBytes() {
		byte[] frame = Arrays.copyOf(FULL, FULL.length + 2);
		assertMalformed(frame, "2 trailing bytes after the headers at offset " + FULL.length);
		assertMalformed(Arrays.copyOf(FULL, FULL.length + 1),
				"1 trailing byte after the headers at offset " + FULL.length);
	}

	@Test
	void rejectsDuplicateHeaderKey() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 'k', 0, 1, 'a', 1, 'k', 0, 1,
				'b');
		assertMalformed(frame, "duplicate header key 'k' at offset 22");
	}

	@Test
	void rejectsEmptyHeaderKey() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 'k', 0, 1, 'a', 0, 0, 1, 'b');
		assertMalformed(frame, "empty key of header #2 at offset 22");
	}

	@Test
	void decodesInvalidUtf8WithReplacementCharacters() {
		byte[] frame = bytes(0xFF, 0x5A, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0xC3, 0x28, 0, 1, 1, 'k', 0, 1, 0xFF);
		ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(frame);
		assertThat(envelope.route()).isEqualTo("\uFFFD(");
		assertThat(envelope.headers()).containsExactly(Map.entry("k", "\uFFFD"));
	}

	@Test
	void randomFramesEitherDecodeOrThrowZmqProtocolException() {
		SplittableRandom random = new SplittableRandom(20240501L);
		for (int i = 0; i < 100_000; i++) {
			byte[] frame = new byte[3 + random.nextInt(61)];
			random.nextBytes(frame);
			frame[0] = (byte) 0xFF;
			frame[1] = 0x5A;
			frame[2] = 1;
			if (frame.length > 3 && (i & 1) == 0) {
				// half of them get a valid kind, so the fuzzing reaches the variable part
				frame[3] = (byte) (1 + random.nextInt(7));
			}
			decodeOrProtocolException(frame);
		}
	}

	@Test
	void mutatedValidFramesEitherDecodeOrThrowZmqProtocolException() {
		SplittableRandom random = new SplittableRandom(42L);
		int decoded = 0;
		for (int i = 0; i < 100_000; i++) {
			byte[] frame = FULL.clone();
			int mutations = 1 + random.nextInt(3);
			for (int m = 0; m < mutations; m++) {
				// keep the signature and version, mutate anything after
				frame[3 + random.nextInt(frame.length - 3)] = (byte) random.nextInt(256);
			}
			if (random.nextInt(4) == 0) {
				frame = Arrays.copyOf(frame, 3 + random.nextInt(frame.length));
			}
			decoded += decodeOrProtocolException(frame);
		}
		// many single-byte mutations hit the strings and still decode
		assertThat(decoded).isPositive();
	}

	private static int decodeOrProtocolException(byte[] frame) {
		try {
			ZmqEnvelopeCodec.decode(frame);
			return 1;
		}
		catch (ZmqProtocolException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			return 0;
		}
		catch (RuntimeException ex) {
			throw new AssertionError("unexpected " + ex + " for frame " + Arrays.toString(frame), ex);
		}
	}

	private static void assertMalformed(byte[] frame, String message) {
		assertThatExceptionOfType(ZmqProtocolException.class).isThrownBy(() -> ZmqEnvelopeCodec.decode(frame))
			.withMessage(message);
	}

	private static Map<String, String> headers(String... keysAndValues) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			headers.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return headers;
	}

}
