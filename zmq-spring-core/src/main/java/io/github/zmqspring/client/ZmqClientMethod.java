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

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.protocol.ZmqReplyMode;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.util.Assert;

/**
 * The plan for one method of a client interface, worked out once when the proxy is
 * created: route, timeout, which argument is the payload and which are headers, and how
 * the reply is returned (blocking, future, {@code Mono}, {@code Flux}, or none).
 */
final class ZmqClientMethod {

	private final Method method;

	private final String route;

	private final Duration timeout;

	private final @Nullable String contentType;

	private final ClientParameters parameters;

	private final ZmqReplyMode replyMode;

	private final MethodParameter replyParameter;

	private final Class<?> replyType;

	ZmqClientMethod(Method method, String route, Duration timeout, @Nullable String contentType) {
		this.method = method;
		this.route = route;
		this.timeout = timeout;
		this.contentType = contentType;
		this.parameters = new ClientParameters(method);
		this.replyMode = ZmqReplyMode.of(method);
		Assert.state(this.replyMode != ZmqReplyMode.STREAM,
				() -> "Client method " + method + " returns a Stream: streamed replies are returned as a Flux");
		MethodParameter returned = MethodParameter.forExecutable(method, -1);
		this.replyParameter = (this.replyMode == ZmqReplyMode.VALUE) ? returned : returned.nested();
		this.replyType = this.replyParameter.getNestedParameterType();
	}

	@Nullable Object invoke(@Nullable Object[] args, ZmqRequestReplyClient client, RetryingRequests retrying,
			ZmqPayloadConverter converter) {
		ZmqPayload payload = this.parameters.payload(args, converter, this.contentType);
		Map<String, String> headers = this.parameters.headers(args);
		if (this.replyMode == ZmqReplyMode.NONE) {
			client.send(this.route, payload, headers);
			return null;
		}
		ZmqRequest request = new ZmqRequest(this.route, payload, headers, this.timeout);
		return switch (this.replyMode) {
			case VALUE -> convert(retrying.requestAndWait(request), converter);
			case FUTURE -> retrying.request(request, (reply) -> convert(reply, converter));
			case MONO -> ReactorClientCalls.mono(retrying, request, (reply) -> convert(reply, converter));
			case FLUX -> ReactorClientCalls.flux(client, request, (reply) -> convert(reply, converter));
			case NONE, STREAM -> throw new IllegalStateException("unreachable");
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

}
