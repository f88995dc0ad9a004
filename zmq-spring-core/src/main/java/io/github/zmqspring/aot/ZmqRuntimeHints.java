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

package io.github.zmqspring.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The starter's own reflective accesses: the optional libraries it detects with
 * {@code ClassUtils.isPresent} ({@code Class.forName} in a native image finds only
 * registered types, and GraalVM does not pre-compute these checks outside Spring's own
 * packages). Registered only when present at build time.
 */
class ZmqRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The classes probed: Protobuf and Jackson in {@code ZmqMessageConverters}, Reactor
	 * in {@code ZmqReplyMode}.
	 */
	static final List<String> DETECTED_TYPES = List.of("com.google.protobuf.Message",
			"tools.jackson.databind.json.JsonMapper", "reactor.core.publisher.Flux");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		DETECTED_TYPES.forEach((name) -> hints.reflection().registerTypeIfPresent(classLoader, name, (type) -> {
		}));
	}

}
