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
import java.util.List;
import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Streams a completion at startup and logs how many tokens arrived and the text.
 *
 * @param inference the client of the token stream
 */
@Component
public record TokensDemo(InferenceClient inference) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		List<String> tokens = this.inference.generate(new Prompt("what is ZeroMQ?", 12))
			.collectList()
			.block(Duration.ofSeconds(10));
		report.accept(
				"ROUTER/DEALER token stream (Flux): " + tokens.size() + " tokens: " + String.join("", tokens).strip());
	}

}
