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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZmqEnvelopeCodec}: layout, round trips and the limits of the encoder.
 */
class ZmqEnvelopeCodecTests {

	@Test
	void encodesTheDocumentedLayout() {
		// the same bytes as the annotated example in docs/protocol.md
		byte[] expected = bytes(0xFF, 0x5A, // signature
				0x01, // version
				0x01, // kind REQUEST
				0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2A, // correlation id 42
				0x00, 0x00, // status 0
				0x04, 'e', 'c', 'h', 'o', // route "echo"
				0x0A, 't', 'e', 'x', 't', '/', 'p', 'l', 'a', 'i', 'n', // content type
																		// "text/plain"
				0x01, // one header
				0x01, 'k', 0x00, 0x01, 'v'); // "k" = "v"
		ZmqEnvelope envelope = ZmqEnvelope.request(42, "echo", "text/plain", Map.of("k", "v"));

		assertThat(ZmqEnvelopeCodec.encode(envelope)).containsExactly(expected);
		assertThat(ZmqEnvelopeCodec.decode(expected)).isEqualTo(envelope);
	}

	@Test
	void encodesTheSmallestEnvelopeIn17Bytes() {
		byte[] frame = ZmqEnvelopeCodec.encode(ZmqEnvelope.streamEnd(0x0102030405060708L));

		assertThat(frame).hasSize(ZmqEnvelopeCodec.MIN_LENGTH)
			.containsExactly(bytes(0xFF, 0x5A, 1, 4, 1, 2, 3, 4, 5, 6, 7, 8, 0x00, 0xC8, 0, 0, 0));
	}

	@Test
	void writesStatusAndMaximumCorrelationIdBigEndian() {
		byte[] frame = ZmqEnvelopeCodec.encode(ZmqEnvelope.error(-1L, 0xABCD));

		assertThat(frame)
			.startsWith(bytes(0xFF, 0x5A, 1, 5, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xAB, 0xCD));
	}

	@ParameterizedTest
	@EnumSource(ZmqMessageKind.class)
	void roundTripsEveryKindBare(ZmqMessageKind kind) {
		assertRoundTrip(new ZmqEnvelope(kind, 7, 0, "", null, Map.of()));
	}

	@ParameterizedTest
	@EnumSource(ZmqMessageKind.class)
	void roundTripsEveryKindWithAllFields(ZmqMessageKind kind) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		headers.put("tracestate", "congo=t61rcWkgMzE");
		headers.put("empty", "");
		assertRoundTrip(new ZmqEnvelope(kind, 123456789L, 200, "orders.create", "application/json", headers));
	}

	@Test
	void roundTripsTheFactories() {
		Map<String, String> headers = Map.of("a", "b");
		assertRoundTrip(ZmqEnvelope.request(1, "route", "application/x-protobuf", headers));
		assertRoundTrip(ZmqEnvelope.request(1, "", null, Map.of()));
		assertRoundTrip(ZmqEnvelope.reply(1, "application/json", headers));
		assertRoundTrip(ZmqEnvelope.reply(1, null, Map.of()));
		assertRoundTrip(ZmqEnvelope.streamItem(1, "text/plain"));
		assertRoundTrip(ZmqEnvelope.streamEnd(1));
		assertRoundTrip(ZmqEnvelope.error(1, ZmqStatus.NOT_FOUND));
		assertRoundTrip(ZmqEnvelope.cancel(1));
		assertRoundTrip(ZmqEnvelope.message("prices", "application/json", headers));
	}

	@ParameterizedTest
	@ValueSource(longs = { 0L, 1L, Long.MAX_VALUE, -1L, Long.MIN_VALUE })
	void roundTripsCorrelationIds(long id) {
		ZmqEnvelope decoded = assertRoundTrip(ZmqEnvelope.reply(id, null, Map.of()));
		assertThat(decoded.correlationId()).isEqualTo(id);
	}

	@Test
	void correlationIdMinusOneIsTheLargestUnsignedValueOnTheWire() {
		byte[] frame = ZmqEnvelopeCodec.encode(ZmqEnvelope.cancel(-1L));
		long onWire = 0;
		for (int i = 4; i < 12; i++) {
			onWire = (onWire << 8) | (frame[i] & 0xFF);
		}
		assertThat(Long.toUnsignedString(onWire)).isEqualTo("18446744073709551615");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 200, 400, 404, 415, 429, 500, 503, 65535 })
	void roundTripsStatus(int status) {
		ZmqEnvelope decoded = assertRoundTrip(new ZmqEnvelope(ZmqMessageKind.ERROR, 9, status, "", null, Map.of()));
		assertThat(decoded.status()).isEqualTo(status);
	}

	@Test
	void roundTripsUnicode() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("clé", "valeur ✓ 日本語 😀");
		headers.put("emoji-😀", "Zoë");
		ZmqEnvelope decoded = assertRoundTrip(ZmqEnvelope.request(5, "commandes.créer/日本", "text/plain", headers));
		assertThat(decoded.route()).isEqualTo("commandes.créer/日本");
		assertThat(decoded.headers()).containsExactlyEntriesOf(headers);
	}

	@Test
	void encodesStringsExactlyLikeStringGetBytes() {
		String[] samples = { "", "ascii", "é", "€", "日本語", "😀", "a😀b", "\uD800", "x\uDC00y", "\uD83D\uD83D\uDE00",
				"\u0000\u007F\u0080\u07FF\u0800\uFFFF" };
		for (String sample : samples) {
			byte[] expected = sample.getBytes(StandardCharsets.UTF_8);
			assertThat(ZmqEnvelopeCodec.utf8Length(sample)).as(sample).isEqualTo(expected.length);
			byte[] written = new byte[expected.length];
			assertThat(ZmqEnvelopeCodec.writeUtf8(sample, written, 0)).isEqualTo(expected.length);
			assertThat(written).as(sample).containsExactly(expected);
		}
	}

	@Test
	void keepsHeaderOrder() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 20; i > 0; i--) {
			headers.put("h" + i, "v" + i);
		}
		ZmqEnvelope decoded = assertRoundTrip(ZmqEnvelope.message("", null, headers));
		assertThat(decoded.headers()).containsExactlyEntriesOf(headers);
	}

	@Test
	void decodesEmptyFieldsWithoutAllocating() {
		ZmqEnvelope decoded = ZmqEnvelopeCodec
			.decode(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(1, "", null, Map.of())));

		assertThat(decoded.route()).isSameAs("");
		assertThat(decoded.contentType()).isNull();
		assertThat(decoded.headers()).isSameAs(Map.of());
	}

	@Test
	void emptyContentTypeIsNotStated() {
		ZmqEnvelope envelope = ZmqEnvelope.request(1, "r", "", Map.of());
		assertThat(envelope.contentType()).isNull();
		assertRoundTrip(envelope);
	}

	@Test
	void roundTripsMaximumSizes() {
		String route = "r".repeat(254) + "x";
		String contentType = "c".repeat(255);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < 254; i++) {
			headers.put(String.format("%0255d", i), "");
		}
		headers.put("big", "v".repeat(65535));
		ZmqEnvelope envelope = ZmqEnvelope.request(1, route, contentType, headers);

		byte[] frame = ZmqEnvelopeCodec.encode(envelope);

		assertThat(frame).hasSize(17 + 255 + 255 + 254 * (1 + 255 + 2) + (1 + 3 + 2 + 65535));
		ZmqEnvelope decoded = ZmqEnvelopeCodec.decode(frame);
		assertThat(decoded).isEqualTo(envelope);
		assertThat(decoded.headers()).containsExactlyEntriesOf(headers);
	}

	@Test
	void roundTripsMaximumSizesInMultiByteCharacters() {
		String route = "é".repeat(127) + "x"; // 255 bytes
		String value = "日".repeat(21845); // 65535 bytes
		assertRoundTrip(ZmqEnvelope.request(1, route, null, Map.of("k", value)));
	}

	@Test
	void isEnvelopeChecksTheSignatureOnly() {
		assertThat(ZmqEnvelopeCodec.isEnvelope(ZmqEnvelopeCodec.encode(ZmqEnvelope.cancel(1)))).isTrue();
		assertThat(ZmqEnvelopeCodec.isEnvelope(bytes(0xFF, 0x5A, 0x09))).isTrue();
		assertThat(ZmqEnvelopeCodec.isEnvelope(new byte[0])).isFalse();
		assertThat(ZmqEnvelopeCodec.isEnvelope(bytes(0xFF, 0x5A))).isFalse();
		assertThat(ZmqEnvelopeCodec.isEnvelope(bytes(0xFF, 0x5B, 0x01))).isFalse();
		assertThat(ZmqEnvelopeCodec.isEnvelope(bytes(0x5A, 0xFF, 0x01))).isFalse();
		assertThat(ZmqEnvelopeCodec.isEnvelope("hello".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(ZmqEnvelopeCodec.isEnvelope("{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isFalse();
	}

	@Test
	void encodeRejectsStatusOutOfRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> ZmqEnvelopeCodec.encode(new ZmqEnvelope(ZmqMessageKind.ERROR, 1, 65536, "", null, Map.of())))
			.withMessageContaining("status 65536");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(new ZmqEnvelope(ZmqMessageKind.REPLY, 1, -1, "", null, Map.of())))
			.withMessageContaining("status -1");
	}

	@Test
	void encodeRejectsLongRoute() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.request(1, "r".repeat(256), null, Map.of())))
			.withMessage("route has 256 chars, more than the maximum of 255 UTF-8 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.request(1, "é".repeat(128), null, Map.of())))
			.withMessage("route is 256 UTF-8 bytes, more than the maximum of 255");
	}

	@Test
	void encodeRejectsLongContentType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.streamItem(1, "c".repeat(256))))
			.withMessageContaining("content type");
	}

	@Test
	void encodeRejectsTooManyHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 0; i < 256; i++) {
			headers.put("h" + i, "");
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", null, headers)))
			.withMessage("256 headers are more than the maximum of 255");
	}

	@Test
	void encodeRejectsBadHeaderKeys() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", null, Map.of("", "v"))))
			.withMessage("header keys must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", null, Map.of("k".repeat(256), "v"))))
			.withMessage("header key has 256 chars, more than the maximum of 255 UTF-8 bytes");
	}

	@Test
	void encodeRejectsLongHeaderValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", null, Map.of("k", "v".repeat(65536)))))
			.withMessage("value of header 'k' has 65536 chars, more than the maximum of 65535 UTF-8 bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", null, Map.of("k", "é".repeat(32768)))))
			.withMessage("value of header 'k' is 65536 UTF-8 bytes, more than the maximum of 65535");
	}

	private static ZmqEnvelope assertRoundTrip(ZmqEnvelope envelope) {
		byte[] frame = ZmqEnvelopeCodec.encode(envelope);
		assertThat(ZmqEnvelopeCodec.isEnvelope(frame)).isTrue();
		ZmqEnvelope decoded = ZmqEnvelopeCodec.decode(frame);
		assertThat(decoded).isEqualTo(envelope);
		assertThat(decoded.headers()).containsExactlyEntriesOf(envelope.headers());
		assertThat(ZmqEnvelopeCodec.encode(decoded)).containsExactly(frame);
		return decoded;
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
