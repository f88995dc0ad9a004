package io.github.zmqspring.client;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Reactor return types of client methods, in their own class so that Reactor stays
 * optional: it is only loaded for methods that return {@code Mono} or {@code Flux}.
 *
 * @author zmq-spring-boot
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
