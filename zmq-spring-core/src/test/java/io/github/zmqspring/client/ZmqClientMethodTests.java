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

package io.github.zmqspring.client;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ZmqClientMethod}.
 */
class ZmqClientMethodTests {

	@Test
	void streamReturnTypeIsRejectedWithTheFluxToUseInstead() throws NoSuchMethodException {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ZmqClientMethod(Quotes.class.getMethod("history", String.class), "",
					Duration.ofSeconds(1), null))
			.withMessageContaining("Quotes.history(java.lang.String)")
			.withMessageContaining("streamed replies are returned as a Flux");
	}

	interface Quotes {

		Stream<String> history(String symbol);

	}

}
