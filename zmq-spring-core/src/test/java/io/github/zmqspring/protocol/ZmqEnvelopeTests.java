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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZmqEnvelope}, {@link ZmqMessageKind} and {@link ZmqStatus}.
 */
class ZmqEnvelopeTests {

	@Test
	void factoriesSetKindStatusAndDefaults() {
		Map<String, String> headers = Map.of("a", "b");
		assertThat(ZmqEnvelope.request(3, "r", "text/plain", headers))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.REQUEST, 3, 0, "r", "text/plain", headers));
		assertThat(ZmqEnvelope.reply(3, "text/plain", headers))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.REPLY, 3, 200, "", "text/plain", headers));
		assertThat(ZmqEnvelope.streamItem(3, "text/plain"))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.STREAM_ITEM, 3, 200, "", "text/plain", Map.of()));
		assertThat(ZmqEnvelope.streamEnd(3))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.STREAM_END, 3, 200, "", null, Map.of()));
		assertThat(ZmqEnvelope.error(3, 404))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.ERROR, 3, 404, "", null, Map.of()));
		assertThat(ZmqEnvelope.cancel(3)).isEqualTo(new ZmqEnvelope(ZmqMessageKind.CANCEL, 3, 0, "", null, Map.of()));
		assertThat(ZmqEnvelope.message("t", null, headers))
			.isEqualTo(new ZmqEnvelope(ZmqMessageKind.MESSAGE, 0, 0, "t", null, headers));
	}

	@Test
	void errorRequiresAnErrorStatus() {
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqEnvelope.error(1, 200))
			.withMessage("'status' must be an error code (400 or above) but was 200");
	}

	@Test
	void copiesHeadersIntoAnUnmodifiableMapInOrder() {
		Map<String, String> source = new LinkedHashMap<>();
		source.put("z", "1");
		source.put("a", "2");
		source.put("m", "3");
		ZmqEnvelope envelope = ZmqEnvelope.message("", null, source);
		source.put("late", "x");

		assertThat(envelope.headers()).containsExactly(Map.entry("z", "1"), Map.entry("a", "2"), Map.entry("m", "3"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> envelope.headers().put("b", "c"));
	}

	@Test
	void usesMapOfForEmptyAndSingleHeaders() {
		assertThat(ZmqEnvelope.message("", null, new HashMap<>()).headers()).isSameAs(Map.of());
		Map<String, String> single = ZmqEnvelope.message("", null, new HashMap<>(Map.of("k", "v"))).headers();
		assertThat(single).containsExactly(Map.entry("k", "v"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> single.put("b", "c"));
	}

	@Test
	void rejectsNulls() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ZmqEnvelope(null, 1, 0, "", null, Map.of()))
			.withMessage("'kind' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ZmqEnvelope(ZmqMessageKind.REPLY, 1, 0, null, null, Map.of()))
			.withMessage("'route' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ZmqEnvelope(ZmqMessageKind.REPLY, 1, 0, "", null, null))
			.withMessage("'headers' must not be null");
		Map<String, String> nullValue = new HashMap<>();
		nullValue.put("k", null);
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqEnvelope.message("", null, nullValue))
			.withMessage("the value of header 'k' must not be null");
		Map<String, String> nullKey = new LinkedHashMap<>();
		nullKey.put("a", "b");
		nullKey.put(null, "v");
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqEnvelope.message("", null, nullKey))
			.withMessage("header keys must not be null");
	}

	@Test
	void kindCodesAreStable() {
		assertThat(ZmqMessageKind.values()).extracting(ZmqMessageKind::code).containsExactly(1, 2, 3, 4, 5, 6, 7);
		for (ZmqMessageKind kind : ZmqMessageKind.values()) {
			assertThat(ZmqMessageKind.fromCode(kind.code())).isSameAs(kind);
		}
		assertThat(ZmqMessageKind.values()).filteredOn(ZmqMessageKind::isFinal)
			.containsExactly(ZmqMessageKind.REPLY, ZmqMessageKind.STREAM_END, ZmqMessageKind.ERROR);
	}

	@Test
	void unknownKindCodeIsAProtocolError() {
		assertThatExceptionOfType(ZmqProtocolException.class).isThrownBy(() -> ZmqMessageKind.fromCode(0))
			.withMessage("unknown message kind 0");
		assertThatExceptionOfType(ZmqProtocolException.class).isThrownBy(() -> ZmqMessageKind.fromCode(8))
			.withMessage("unknown message kind 8");
	}

	@Test
	void statusCodes() {
		assertThat(ZmqStatus.isError(ZmqStatus.OK)).isFalse();
		assertThat(ZmqStatus.isError(ZmqStatus.NONE)).isFalse();
		assertThat(List.of(ZmqStatus.BAD_REQUEST, ZmqStatus.NOT_FOUND, ZmqStatus.UNSUPPORTED_MEDIA_TYPE,
				ZmqStatus.TOO_MANY_REQUESTS, ZmqStatus.INTERNAL_ERROR, ZmqStatus.UNAVAILABLE))
			.containsExactly(400, 404, 415, 429, 500, 503)
			.allMatch(ZmqStatus::isError);
	}

}
