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

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Reactor return types of client methods, in their own class so that Reactor stays
 * optional: it is only loaded for methods that return {@code Mono} or {@code Flux}.
 */
final class ReactorClientCalls {

	private ReactorClientCalls() {
	}

	static <T> Mono<T> mono(RetryingRequests requests, ZmqRequest request, Function<ZmqReply, T> converter) {
		return Mono.fromFuture(() -> requests.request(request, converter), false);
	}

	static <T> Flux<T> flux(ZmqRequestReplyClient client, ZmqRequest request, Function<ZmqReply, T> converter) {
		return FluxReply.stream(client, request, client.getCallbackExecutor()).map(converter);
	}

}
