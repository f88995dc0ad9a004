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

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * The imperative way to talk to ZeroMQ endpoints, twin of the annotated client
 * interfaces.
 */
public interface ZmqOperations {

	/**
	 * Send a request and wait for the reply.
	 * @param <T> the reply type
	 * @param endpoint the client endpoint name (under {@code zmq.endpoints})
	 * @param route the route on the server, empty for the default route
	 * @param payload the request payload
	 * @param replyType the reply type
	 * @return the reply
	 * @throws ZmqTimeoutException when no reply came within the endpoint's request
	 * timeout
	 * @throws ZmqRemoteException when the server answered with an error
	 */
	<T> @Nullable T request(String endpoint, String route, Object payload, Class<T> replyType);

	/**
	 * Send a request and return the future reply; cancelling it cancels the request.
	 * @param <T> the reply type
	 * @param endpoint the client endpoint name
	 * @param route the route on the server
	 * @param payload the request payload
	 * @param replyType the reply type
	 * @return the future reply
	 */
	<T> CompletableFuture<T> requestAsync(String endpoint, String route, Object payload, Class<T> replyType);

	/**
	 * Publish a message on a topic over a PUB endpoint.
	 * @param endpoint the PUB endpoint name
	 * @param topic the topic (subscribers match its prefix)
	 * @param payload the payload
	 */
	void publish(String endpoint, String topic, Object payload);

	/**
	 * Push a message to one of the PULL workers connected to a PUSH endpoint.
	 * @param endpoint the PUSH endpoint name
	 * @param payload the payload
	 */
	void push(String endpoint, Object payload);

	/**
	 * Send a message to the peer of a PAIR endpoint.
	 * @param endpoint the PAIR endpoint name
	 * @param payload the payload
	 */
	void send(String endpoint, Object payload);

}
