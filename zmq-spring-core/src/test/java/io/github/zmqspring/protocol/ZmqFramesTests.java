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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqFrames}, the multipart layout {@code [head...][envelope][body...]}.
 */
class ZmqFramesTests {

	private static final ZmqEnvelope REQUEST = ZmqEnvelope.request(7, "price", "text/plain", Map.of());

	@Test
	void dealerRequestIsDelimiterEnvelopeBody() {
		List<byte[]> frames = ZmqFrames.frames(ZmqFrames.compose(ZmqFrames.DELIMITER, REQUEST, utf8("body")));
		assertThat(frames).hasSize(3);
		assertThat(frames.get(0)).isEmpty();
		assertThat(ZmqEnvelopeCodec.decode(frames.get(1))).isEqualTo(REQUEST);
		assertThat(frames.get(2)).isEqualTo(utf8("body"));
	}

	@Test
	void replyMirrorsTheRoutingPrefixAndPlainPeersGetNoEnvelope() {
		List<byte[]> prefix = List.of(utf8("id"), utf8("hop"), ZmqFrames.DELIMITER);
		List<byte[]> withEnvelope = ZmqFrames.frames(ZmqFrames.compose(prefix, ZmqEnvelope.streamEnd(7), null));
		assertThat(withEnvelope).hasSize(4);
		assertThat(withEnvelope.subList(0, 3)).containsExactlyElementsOf(prefix);
		assertThat(ZmqEnvelopeCodec.decode(withEnvelope.get(3))).isEqualTo(ZmqEnvelope.streamEnd(7));
		List<byte[]> plain = ZmqFrames.frames(ZmqFrames.compose(prefix, null, utf8("pong")));
		assertThat(plain).hasSize(4);
		assertThat(plain.get(3)).isEqualTo(utf8("pong"));
	}

	@Test
	void severalBodyFramesFollowTheEnvelope() {
		ZMsg message = ZmqFrames.composeFrames(List.of(), REQUEST, List.of(utf8("a"), utf8("b")));
		List<byte[]> frames = ZmqFrames.frames(message);
		assertThat(frames).hasSize(3);
		assertThat(ZmqFrames.hasEnvelope(frames, 0, true)).isTrue();
		assertThat(frames.subList(1, 3)).containsExactly(utf8("a"), utf8("b"));
	}

	@Test
	void routingPrefixEndsAtTheDelimiterOrIsTheRoutingId() {
		List<byte[]> delimited = List.of(utf8("id"), utf8("hop"), ZmqFrames.DELIMITER, utf8("body"));
		assertThat(ZmqFrames.routingPrefixLength(delimited)).isEqualTo(3);
		assertThat(ZmqFrames.isDelimited(delimited.subList(0, 3))).isTrue();
		List<byte[]> plainDealer = List.of(utf8("id"), utf8("body"));
		assertThat(ZmqFrames.routingPrefixLength(plainDealer)).isEqualTo(1);
		assertThat(ZmqFrames.isDelimited(plainDealer.subList(0, 1))).isFalse();
		assertThat(ZmqFrames.routingPrefixLength(List.of())).isZero();
	}

	@Test
	void envelopeAloneIsReadAfterTheHead() {
		List<byte[]> cancel = List.of(utf8("id"), ZmqFrames.DELIMITER, ZmqEnvelopeCodec.encode(ZmqEnvelope.cancel(7)));
		assertThat(ZmqFrames.hasEnvelope(cancel, ZmqFrames.routingPrefixLength(cancel), false)).isTrue();
		List<byte[]> streamEnd = List.of(ZmqFrames.DELIMITER, ZmqEnvelopeCodec.encode(ZmqEnvelope.streamEnd(7)));
		assertThat(ZmqFrames.replyHeadLength(streamEnd)).isEqualTo(1);
		assertThat(ZmqFrames.hasEnvelope(streamEnd, 1, false)).isTrue();
		assertThat(ZmqFrames.replyHeadLength(streamEnd.subList(1, 2))).isZero();
	}

	@Test
	void singleFrameOfAOneWayMessageIsTheBodyWhateverItHolds() {
		List<byte[]> lookalike = List.of(ZmqEnvelopeCodec.encode(REQUEST));
		assertThat(ZmqFrames.messageHeadLength(lookalike, true)).isZero();
		assertThat(ZmqFrames.hasEnvelope(lookalike, 0, true)).isFalse();
		List<byte[]> publication = ZmqFrames
			.frames(ZmqFrames.compose(utf8("quotes.ZMQ"), ZmqEnvelope.message("", null, Map.of()), utf8("42")));
		assertThat(ZmqFrames.messageHeadLength(publication, true)).isEqualTo(1);
		assertThat(ZmqFrames.hasEnvelope(publication, 1, true)).isTrue();
		assertThat(ZmqFrames.messageHeadLength(publication, false)).isZero();
		assertThat(ZmqFrames.hasEnvelope(List.of(utf8("topic"), utf8("plain body")), 1, true)).isFalse();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
