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

package io.github.zmqspring.sample.tokens;

import java.time.Duration;
import java.util.Arrays;

import io.github.zmqspring.annotation.ZmqRouterListener;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * Streams generated tokens one by one, the way an inference engine does: the method
 * returns a {@link Flux} and every element goes to the caller as soon as it is produced;
 * a caller that cancels stops the generation.
 */
@Component
public class TokenStreamService {

	private static final Duration TOKEN_INTERVAL = Duration.ofMillis(20);

	@ZmqRouterListener(endpoint = "inference", route = "generate")
	public Flux<String> generate(Prompt prompt) {
		String[] words = ("ZeroMQ sockets carry messages between threads processes and machines; " + "this answer to '"
				+ prompt.text() + "' arrives one token at a time.")
			.split(" ");
		return Flux.fromIterable(Arrays.asList(words))
			.take(prompt.maxTokens())
			.map((word) -> word + " ")
			.delayElements(TOKEN_INTERVAL);
	}

}
