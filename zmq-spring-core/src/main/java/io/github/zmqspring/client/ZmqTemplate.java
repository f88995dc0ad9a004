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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

/**
 * The default {@link ZmqOperations}: requests and messages go out on the shared client
 * socket of the named endpoint (requests with that endpoint's request timeout and retry
 * settings).
 */
public class ZmqTemplate implements ZmqOperations {

	private final ZmqClientSockets endpoints;

	private final ZmqPayloadConverter converter;

	private final Map<ZmqRequestReplyClient, RetryingRequests> retrying = new ConcurrentHashMap<>();

	/**
	 * Create a template.
	 * @param endpoints the client sockets
	 * @param converter serializes payloads and converts replies
	 */
	public ZmqTemplate(ZmqClientSockets endpoints, ZmqPayloadConverter converter) {
		this.endpoints = endpoints;
		this.converter = converter;
	}

	@Override
	public <T> @Nullable T request(String endpoint, String route, Object payload, Class<T> replyType) {
		ZmqRequestReplyClient client = this.endpoints.requestReply(endpoint);
		ZmqReply reply = retrying(client).requestAndWait(toRequest(client, route, payload));
		return replyType.cast(this.converter.fromPayload(reply.payload(), replyType, null));
	}

	@Override
	public <T> CompletableFuture<T> requestAsync(String endpoint, String route, Object payload, Class<T> replyType) {
		ZmqRequestReplyClient client = this.endpoints.requestReply(endpoint);
		return retrying(client).request(toRequest(client, route, payload),
				(reply) -> replyType.cast(this.converter.fromPayload(reply.payload(), replyType, null)));
	}

	@Override
	public void publish(String endpoint, String topic, Object payload) {
		send(endpoint, SocketType.PUB, topic, payload);
	}

	@Override
	public void push(String endpoint, Object payload) {
		send(endpoint, SocketType.PUSH, null, payload);
	}

	@Override
	public void send(String endpoint, Object payload) {
		send(endpoint, SocketType.PAIR, null, payload);
	}

	private void send(String endpoint, SocketType type, @Nullable String topic, Object payload) {
		ZmqMessageSender sender = this.endpoints.sender(endpoint, type);
		String contentType = sender.getEndpoint().getDefinition().contentType();
		sender.send(topic, this.converter.toPayload(payload, contentType), Map.of());
	}

	/**
	 * The endpoint's retry policy ({@code retry.*}) around a client, cached per client.
	 */
	private RetryingRequests retrying(ZmqRequestReplyClient client) {
		return this.retrying.computeIfAbsent(client,
				(key) -> new RetryingRequests(key, key.getDefinition().retry(), key.getScheduler()));
	}

	private ZmqRequest toRequest(ZmqRequestReplyClient client, String route, Object payload) {
		return new ZmqRequest(route, this.converter.toPayload(payload, client.getDefinition().contentType()), Map.of(),
				client.getDefinition().requestTimeout());
	}

}
