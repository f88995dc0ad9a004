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

package io.github.zmqspring.convert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.converter.MessageConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ZmqPayloadConverter} with the default chain.
 */
class ZmqPayloadConverterTests {

	private final ZmqPayloadConverter converter = new ZmqPayloadConverter(ZmqMessageConverters.createDefault());

	@Test
	void rawBytesPassThroughWithTheRequestedContentType() {
		byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		ZmqPayload payload = this.converter.toPayload(json, "application/json");
		assertThat(payload.bytes()).isSameAs(json);
		assertThat(payload.contentType()).isEqualTo("application/json");
		assertThat(this.converter.toPayload(json, null).contentType()).isEqualTo("application/octet-stream");
	}

	@Test
	void aByteBufferIsWrittenFromItsRemainingBytesWithoutMovingItsPosition() {
		ByteBuffer buffer = ByteBuffer.wrap("skip-data".getBytes(StandardCharsets.UTF_8)).position(5);
		ZmqPayload payload = this.converter.toPayload(buffer, null);
		assertThat(new String(payload.bytes(), StandardCharsets.UTF_8)).isEqualTo("data");
		assertThat(payload.contentType()).isEqualTo("application/octet-stream");
		assertThat(buffer.position()).isEqualTo(5);
		byte[] whole = { 1, 2, 3 };
		assertThat(this.converter.toPayload(ByteBuffer.wrap(whole), null).bytes()).isSameAs(whole);
	}

	@Test
	void aByteBufferIsReadWhateverTheContentType() {
		byte[] bytes = { 1, 2, 3 };
		for (String contentType : new String[] { null, "application/octet-stream", "application/json", "image/png" }) {
			Object value = this.converter.fromPayload(new ZmqPayload(bytes, contentType), ByteBuffer.class, null);
			assertThat(value).isEqualTo(ByteBuffer.wrap(bytes));
		}
	}

	@Test
	void protobufMessagesAreWrittenAsApplicationXProtobufAndReadBack() {
		Timestamp timestamp = Timestamp.newBuilder().setSeconds(1_700_000_000).setNanos(42).build();
		ZmqPayload payload = this.converter.toPayload(timestamp, null);
		assertThat(payload.contentType()).startsWith("application/x-protobuf");
		assertThat(payload.bytes()).isEqualTo(timestamp.toByteArray());
		assertThat(this.converter.fromPayload(payload, Timestamp.class, null)).isEqualTo(timestamp);
		assertThat(this.converter.supportsContentType("application/x-protobuf")).isTrue();
	}

	@Test
	void protobufBytesThatDoNotParseAreAConversionFailureNamingTheReason() {
		ZmqPayload garbage = new ZmqPayload(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff },
				"application/x-protobuf");
		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromPayload(garbage, Timestamp.class, null))
			.withMessageStartingWith("Could not read proto message: ");
	}

	@Test
	void aRequestedContentTypeIsKeptAsWrittenAndPayloadsOfAlternatingContentTypesAreEachReadByTheirOwn() {
		Timestamp timestamp = Timestamp.newBuilder().setSeconds(7).build();
		assertThat(this.converter.toPayload(timestamp, "application/x-protobuf").contentType())
			.isEqualTo("application/x-protobuf");
		assertThat(this.converter.toPayload(Map.of("a", 1), "application/json;charset=UTF-8").contentType())
			.isEqualTo("application/json;charset=UTF-8");
		for (int i = 0; i < 3; i++) {
			assertThat(this.converter.fromPayload(new ZmqPayload(timestamp.toByteArray(), "application/x-protobuf"),
					Timestamp.class, null))
				.isEqualTo(timestamp);
			assertThat(this.converter.fromPayload(
					new ZmqPayload("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "application/json"), Map.class, null))
				.isEqualTo(Map.of("a", 1));
		}
	}

	@Test
	void jsonIsReadToTheGenericTypeOfTheDeclarationEveryTimeAndWrittenByRuntimeType() throws NoSuchMethodException {
		MethodParameter points = MethodParameter.forExecutable(getClass().getDeclaredMethod("points", List.class), 0);
		byte[] json = "[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}]".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < 2; i++) {
			assertThat(this.converter.fromPayload(new ZmqPayload(json, "application/json"), List.class, points))
				.isEqualTo(List.of(new Point(1, 2), new Point(3, 4)));
			assertThat(this.converter.fromPayload(new ZmqPayload(json, "application/json"), List.class, null))
				.isEqualTo(List.of(Map.of("x", 1, "y", 2), Map.of("x", 3, "y", 4)));
		}
		assertThat(new String(this.converter.toPayload(new Point(5, 6), null).bytes(), StandardCharsets.UTF_8))
			.isEqualTo("{\"x\":5,\"y\":6}");
		assertThatExceptionOfType(MessageConversionException.class)
			.isThrownBy(() -> this.converter.fromPayload(
					new ZmqPayload("[{".getBytes(StandardCharsets.UTF_8), "application/json"), List.class, points))
			.withMessageStartingWith("Could not read JSON: ");
	}

	void points(List<Point> points) {
	}

	record Point(int x, int y) {
	}

	@Test
	void supportedContentTypesAreThoseOfTheChain() {
		assertThat(this.converter.supportsContentType("application/json")).isTrue();
		assertThat(this.converter.supportsContentType("text/plain;charset=UTF-8")).isTrue();
		assertThat(this.converter.supportsContentType("application/x-unknown")).isFalse();
		assertThat(this.converter.supportsContentType("not-a-mime-type")).isFalse();
	}

}
