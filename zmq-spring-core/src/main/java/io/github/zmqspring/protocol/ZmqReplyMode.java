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

import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import org.springframework.util.ClassUtils;

/**
 * How replies flow for a method, decided once from its declared return type: by a
 * listener method, how its return value becomes replies; by a client method, how the
 * replies it receives are returned to its caller. The one place that knows the return
 * types the starter supports and whether Reactor is on the class path.
 */
public enum ZmqReplyMode {

	/**
	 * {@code void}: no reply (a listener sends an empty acknowledgement to envelope
	 * requests and REP peers; a client sends a one-way message).
	 */
	NONE,

	/**
	 * A value (also {@code Void}, then {@code null}): one reply, the caller of a client
	 * blocks for it.
	 */
	VALUE,

	/** {@code CompletableFuture}/{@code CompletionStage}: one reply when it completes. */
	FUTURE,

	/** Reactor {@code Mono}: one reply when it completes. */
	MONO,

	/** Reactor {@code Flux}: one streamed reply per element, then an end marker. */
	FLUX,

	/**
	 * {@code java.util.stream.Stream}: one streamed reply per element, then an end
	 * marker.
	 */
	STREAM;

	private static final boolean REACTOR_PRESENT = ClassUtils.isPresent("reactor.core.publisher.Flux",
			ZmqReplyMode.class.getClassLoader());

	/**
	 * Decide the mode of a method.
	 * @param method the listener or client method
	 * @return the mode
	 */
	public static ZmqReplyMode of(Method method) {
		return of(method.getReturnType());
	}

	/**
	 * Decide the mode of a declared return type.
	 * @param type the return type
	 * @return the mode
	 */
	public static ZmqReplyMode of(Class<?> type) {
		if (type == void.class) {
			return NONE;
		}
		if (CompletionStage.class.isAssignableFrom(type)) {
			return FUTURE;
		}
		if (Stream.class.isAssignableFrom(type)) {
			return STREAM;
		}
		if (REACTOR_PRESENT) {
			if (ReactorTypes.isMono(type)) {
				return MONO;
			}
			if (ReactorTypes.isFlux(type)) {
				return FLUX;
			}
		}
		return VALUE;
	}

	/**
	 * Whether this mode sends several replies.
	 * @return {@code true} for streams
	 */
	public boolean isStreaming() {
		return this == FLUX || this == STREAM;
	}

	/**
	 * Reactor type checks, in their own class so that Reactor stays optional.
	 */
	private static final class ReactorTypes {

		static boolean isMono(Class<?> type) {
			return reactor.core.publisher.Mono.class.isAssignableFrom(type);
		}

		static boolean isFlux(Class<?> type) {
			return reactor.core.publisher.Flux.class.isAssignableFrom(type);
		}

	}

}
