package io.github.zmqspring.listener;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Reactor side of reply handling, kept in its own class so that Reactor stays an
 * optional dependency: it is only loaded for methods that return {@code Mono} or {@code Flux}.
 *
 * @author zmq-spring-boot
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
