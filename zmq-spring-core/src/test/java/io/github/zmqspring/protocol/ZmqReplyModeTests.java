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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqReplyMode}, the one classifier of listener and client return types.
 */
class ZmqReplyModeTests {

	@Test
	void onlyVoidMeansNoReply() {
		assertThat(ZmqReplyMode.of(void.class)).isEqualTo(ZmqReplyMode.NONE);
		assertThat(ZmqReplyMode.of(Void.class)).isEqualTo(ZmqReplyMode.VALUE);
	}

	@Test
	void valuesAreOneReply() {
		assertThat(ZmqReplyMode.of(String.class)).isEqualTo(ZmqReplyMode.VALUE);
		assertThat(ZmqReplyMode.of(byte[].class)).isEqualTo(ZmqReplyMode.VALUE);
		assertThat(ZmqReplyMode.of(List.class)).isEqualTo(ZmqReplyMode.VALUE);
		assertThat(ZmqReplyMode.of(int.class)).isEqualTo(ZmqReplyMode.VALUE);
	}

	@Test
	void futuresAndTheirSubtypesReplyLater() {
		assertThat(ZmqReplyMode.of(CompletableFuture.class)).isEqualTo(ZmqReplyMode.FUTURE);
		assertThat(ZmqReplyMode.of(CompletionStage.class)).isEqualTo(ZmqReplyMode.FUTURE);
		assertThat(ZmqReplyMode.of(Mono.class)).isEqualTo(ZmqReplyMode.MONO);
		assertThat(ZmqReplyMode.of(Mono.just("x").getClass())).isEqualTo(ZmqReplyMode.MONO);
	}

	@Test
	void streamsAreSeveralReplies() {
		assertThat(ZmqReplyMode.of(Flux.class)).isEqualTo(ZmqReplyMode.FLUX);
		assertThat(ZmqReplyMode.of(Stream.class)).isEqualTo(ZmqReplyMode.STREAM);
		assertThat(ZmqReplyMode.FLUX.isStreaming()).isTrue();
		assertThat(ZmqReplyMode.STREAM.isStreaming()).isTrue();
		assertThat(ZmqReplyMode.MONO.isStreaming()).isFalse();
		assertThat(ZmqReplyMode.VALUE.isStreaming()).isFalse();
	}

	@Test
	void decidesByTheDeclaredReturnTypeOfAMethod() throws NoSuchMethodException {
		assertThat(ZmqReplyMode.of(Object.class.getMethod("notify"))).isEqualTo(ZmqReplyMode.NONE);
		assertThat(ZmqReplyMode.of(Object.class.getMethod("toString"))).isEqualTo(ZmqReplyMode.VALUE);
	}

}
