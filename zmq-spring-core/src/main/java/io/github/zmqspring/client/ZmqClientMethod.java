package io.github.zmqspring.client;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;

/**
 * The plan for one method of a client interface, worked out once when the proxy is created:
 * route, timeout, which argument is the payload and which are headers, and how the reply
 * is returned (blocking, future, {@code Mono}, {@code Flux}, or none).
 *
 * @author zmq-spring-boot
 */
final class ZmqClientMethod {

	private static final boolean REACTOR_PRESENT = ClassUtils.isPresent("reactor.core.publisher.Flux",
			ZmqClientMethod.class.getClassLoader());

	private final Method method;

	private final String route;

	private final Duration timeout;

	private final @Nullable String contentType;

	private final ClientParameters parameters;

	private final ReplyKind replyKind;

	private final MethodParameter replyParameter;

	private final Class<?> replyType;

	ZmqClientMethod(Method method, String route, Duration timeout, @Nullable String contentType) {
		this.method = method;
		this.route = route;
		this.timeout = timeout;
		this.contentType = contentType;
		this.parameters = new ClientParameters(method);
		this.replyKind = ReplyKind.of(method.getReturnType());
		MethodParameter returned = MethodParameter.forExecutable(method, -1);
		this.replyParameter = (this.replyKind == ReplyKind.BLOCKING) ? returned : returned.nested();
		this.replyType = this.replyParameter.getNestedParameterType();
	}

	@Nullable Object invoke(@Nullable Object[] args, ZmqRequestReplyClient client, RetryingRequests retrying,
			ZmqPayloadConverter converter) {
		ZmqPayload payload = this.parameters.payload(args, converter, this.contentType);
		Map<String, String> headers = this.parameters.headers(args);
		if (this.replyKind == ReplyKind.NONE) {
			client.send(this.route, payload, headers);
			return null;
		}
		ZmqRequest request = new ZmqRequest(this.route, payload, headers, this.timeout);
		return switch (this.replyKind) {
			case BLOCKING -> convert(retrying.requestAndWait(request), converter);
			case FUTURE -> retrying.request(request, (reply) -> convert(reply, converter));
			case MONO -> ReactorClientCalls.mono(retrying, request, (reply) -> convert(reply, converter));
			case FLUX -> ReactorClientCalls.flux(client, request, (reply) -> convert(reply, converter));
			case NONE -> throw new IllegalStateException("unreachable");
		};
	}

	private @Nullable Object convert(ZmqReply reply, ZmqPayloadConverter converter) {
		if (this.replyType == Void.class || this.replyType == void.class) {
			return null;
		}
		return converter.fromPayload(reply.payload(), this.replyType, this.replyParameter);
	}

	@Override
	public String toString() {
		return this.method.toGenericString();
	}

	/**
	 * How a method returns its reply.
	 */
	enum ReplyKind {

		NONE, BLOCKING, FUTURE, MONO, FLUX;

		static ReplyKind of(Class<?> type) {
			if (type == void.class) {
				return NONE;
			}
			if (type == CompletableFuture.class || type == CompletionStage.class) {
				return FUTURE;
			}
			if (REACTOR_PRESENT && ReactorClientCalls.isMono(type)) {
				return MONO;
			}
			if (REACTOR_PRESENT && ReactorClientCalls.isFlux(type)) {
				return FLUX;
			}
			return BLOCKING;
		}

	}

}
