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

package io.github.zmqspring.listener;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Reactor side of reply handling, kept in its own class so that Reactor stays an
 * optional dependency: it is only loaded for methods that return {@code Mono} or
 * {@code Flux}.
 */
final class ReactorReplies {

	private ReactorReplies() {
	}

	static CompletableFuture<?> toFuture(Object mono) {
		return ((Mono<?>) mono).toFuture();
	}

	/**
	 * Subscribe to a {@code Flux} result.
	 * @return what cancels the subscription
	 */
	static Runnable subscribe(Object flux, Consumer<Object> onNext, Consumer<Throwable> onError, Runnable onComplete) {
		Disposable subscription = ((Flux<?>) flux).subscribe(onNext, onError, onComplete);
		return subscription::dispose;
	}

}
