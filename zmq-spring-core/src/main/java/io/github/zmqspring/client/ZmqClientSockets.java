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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.observation.ZmqClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;

/**
 * The client sockets of the application, one per configured endpoint, created on first
 * use and registered with the {@link ZmqEndpointRegistry} (which starts and stops them).
 * Client proxies and {@link ZmqTemplate} share them, so one endpoint is one socket.
 */
public class ZmqClientSockets implements DisposableBean {

	private final ZContext context;

	private final ZmqEndpointDefinitions definitions;

	private final ZmqEndpointRegistry registry;

	private final Executor callbackExecutor;

	private final TaskScheduler scheduler;

	private final Map<String, ZmqRequestReplyClient> requestReplyClients = new ConcurrentHashMap<>();

	private final Map<String, ZmqMessageSender> senders = new ConcurrentHashMap<>();

	private List<ZmqSocketCustomizer> customizers = List.of();

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable ZmqClientObservationConvention observationConvention;

	/**
	 * Create an instance.
	 * @param context the ZeroMQ context
	 * @param definitions the configured endpoints
	 * @param registry the registry the sockets are registered with
	 * @param callbackExecutor completes futures and converts replies
	 * @param scheduler runs the request expiry checks
	 */
	public ZmqClientSockets(ZContext context, ZmqEndpointDefinitions definitions, ZmqEndpointRegistry registry,
			Executor callbackExecutor, TaskScheduler scheduler) {
		this.context = context;
		this.definitions = definitions;
		this.registry = registry;
		this.callbackExecutor = callbackExecutor;
		this.scheduler = scheduler;
	}

	/**
	 * Set the customizers applied to every client socket.
	 * @param customizers the customizers
	 */
	public void setCustomizers(List<ZmqSocketCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Observe every request of the request/reply clients ({@code zmq.client.requests})
	 * and send the trace context along in the envelope's headers.
	 * @param registry the registry
	 * @param convention a convention replacing the default one, or {@code null}
	 */
	public void setObservation(ObservationRegistry registry, @Nullable ZmqClientObservationConvention convention) {
		this.observationRegistry = registry;
		this.observationConvention = convention;
	}

	/**
	 * @return the executor that completes futures and converts replies
	 */
	public Executor getCallbackExecutor() {
		return this.callbackExecutor;
	}

	/**
	 * Return the request/reply client of an endpoint, creating and registering it on
	 * first use.
	 * @param endpoint the endpoint name
	 * @return the client
	 */
	public ZmqRequestReplyClient requestReply(String endpoint) {
		return requestReply(endpoint, List.of());
	}

	/**
	 * Return the request/reply client of an endpoint, creating and registering it on
	 * first use: the endpoint configured under that name, else one connecting to the
	 * inline addresses (see {@link ZmqEndpointDefinitions#resolveClient}).
	 * @param endpoint the endpoint name
	 * @param connect inline connect addresses, possibly empty
	 * @return the client
	 * @throws IllegalStateException when the endpoint exists with other inline addresses
	 */
	public ZmqRequestReplyClient requestReply(String endpoint, List<String> connect) {
		return requestReply(endpoint, connect, null);
	}

	/**
	 * Return the request/reply client of an endpoint, as
	 * {@link #requestReply(String, List)} does, asking a broker for the given service.
	 * @param endpoint the endpoint name
	 * @param connect inline connect addresses, possibly empty
	 * @param service the MDP/0.2 service to ask a broker for, overriding the endpoint's
	 * {@code service}, or {@code null} for the endpoint's
	 * @return the client
	 * @throws IllegalStateException when the endpoint exists with other inline addresses
	 * or another service
	 */
	public ZmqRequestReplyClient requestReply(String endpoint, List<String> connect, @Nullable String service) {
		ZmqRequestReplyClient client = this.requestReplyClients.computeIfAbsent(endpoint, (name) -> {
			ZmqEndpointDefinition definition = this.definitions.resolveClient(name, connect);
			if (service != null) {
				definition = definition.toBuilder().service(service).build();
			}
			ZmqRequestReplyClient created = new ZmqRequestReplyClient(this.context, definition, this.customizers,
					this.callbackExecutor, this.scheduler);
			created.setObservationRegistry(this.observationRegistry);
			created.setObservationConvention(this.observationConvention);
			this.registry.register(created.getEndpoint());
			return created;
		});
		checkSameAddresses(client.getDefinition(), connect);
		if (service != null && !service.equals(client.getDefinition().service())) {
			throw new IllegalStateException("ZeroMQ client endpoint '" + endpoint + "' is declared with service "
					+ client.getDefinition().service() + " and with service " + service
					+ ": one socket asks for one service, give the clients different 'endpoint' names");
		}
		return client;
	}

	/**
	 * Return the request/reply client of an endpoint if it was created.
	 * @param endpoint the endpoint name
	 * @return the client, or {@code null}
	 */
	public @Nullable ZmqRequestReplyClient findRequestReply(String endpoint) {
		return this.requestReplyClients.get(endpoint);
	}

	/**
	 * Return the one-way sender of an endpoint, creating and registering it on first use.
	 * @param endpoint the endpoint name
	 * @param type PUB, PUSH or PAIR
	 * @return the sender
	 */
	public ZmqMessageSender sender(String endpoint, SocketType type) {
		return sender(endpoint, List.of(), type);
	}

	/**
	 * Return the one-way sender of an endpoint, creating and registering it on first use:
	 * the endpoint configured under that name, else one connecting to the inline
	 * addresses (see {@link ZmqEndpointDefinitions#resolveClient}).
	 * @param endpoint the endpoint name
	 * @param connect inline connect addresses, possibly empty
	 * @param type PUB, PUSH or PAIR
	 * @return the sender
	 * @throws IllegalStateException when the endpoint exists with another socket type or
	 * other inline addresses
	 */
	public ZmqMessageSender sender(String endpoint, List<String> connect, SocketType type) {
		ZmqMessageSender sender = this.senders.computeIfAbsent(endpoint, (name) -> {
			ZmqMessageSender created = new ZmqMessageSender(this.context,
					this.definitions.resolveClient(name, connect).withType(type), this.customizers);
			this.registry.register(created.getEndpoint());
			return created;
		});
		checkSameAddresses(sender.getEndpoint().getDefinition(), connect);
		if (sender.getEndpoint().getSocketType() != type) {
			throw new IllegalStateException("Endpoint '" + endpoint + "' is a " + sender.getEndpoint().getSocketType()
					+ " socket, not " + type);
		}
		return sender;
	}

	/**
	 * Two clients may share an endpoint name, and so one socket, only if their inline
	 * addresses agree; a configured endpoint overrides them all.
	 */
	private void checkSameAddresses(ZmqEndpointDefinition existing, List<String> connect) {
		if (!connect.isEmpty()
				&& !this.definitions.resolveClient(existing.name(), connect).connect().equals(existing.connect())) {
			throw new IllegalStateException("ZeroMQ client endpoint '" + existing.name() + "' is declared with connect "
					+ existing.connect() + " and with " + connect + ": give the clients different 'endpoint' names");
		}
	}

	@Override
	public void destroy() {
		this.requestReplyClients.values().forEach((client) -> client.failAll("The application context was closed"));
	}

}
