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

package io.github.zmqspring.boot.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.boot.discovery.ZmqDiscoveryStatus;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.core.ZmqConnectionMonitor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code zmq} Actuator endpoint: lists the endpoints and proxies of the registry with
 * their state, addresses, connections and counters, and stops, starts, pauses or resumes
 * one of them ({@code POST /actuator/zmq/{id}} with {@code {"action": "pause"}}). Never
 * shows key material. An endpoint that finds its instances at run time also shows what it
 * knows about them ({@code discovery}).
 */
@Endpoint(id = "zmq")
public class ZmqActuatorEndpoint {

	private final ZmqEndpointRegistry registry;

	private @Nullable ZmqEndpointDiscovery discovery;

	/**
	 * Create the endpoint.
	 * @param registry the endpoint registry
	 */
	public ZmqActuatorEndpoint(ZmqEndpointRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Show what the endpoints that find their instances at run time know about them.
	 * @param discovery the discovery of those endpoints, or {@code null}
	 */
	public void setDiscovery(@Nullable ZmqEndpointDiscovery discovery) {
		this.discovery = discovery;
	}

	/**
	 * List every endpoint and proxy.
	 * @return their descriptions, by id
	 */
	@ReadOperation
	public ZmqEndpointsDescriptor endpoints() {
		Map<String, ZmqEndpointDescriptor> endpoints = new LinkedHashMap<>();
		this.registry.getEndpoints().forEach((endpoint) -> endpoints.put(endpoint.getId(), describe(endpoint)));
		return new ZmqEndpointsDescriptor(endpoints);
	}

	/**
	 * Describe one endpoint.
	 * @param id the endpoint id
	 * @return its description, or {@code null} (404) when there is no such endpoint
	 */
	@ReadOperation
	public @Nullable ZmqEndpointDescriptor endpoint(@Selector String id) {
		ZmqEndpoint endpoint = this.registry.getEndpoint(id);
		return (endpoint != null) ? describe(endpoint) : null;
	}

	/**
	 * Stop, start, pause or resume an endpoint.
	 * @param id the endpoint id
	 * @param action {@code stop}, {@code start}, {@code pause} or {@code resume}
	 * @return the endpoint's description afterwards
	 * @throws InvalidEndpointRequestException (400) for an unknown endpoint or action
	 */
	@WriteOperation
	public ZmqEndpointDescriptor control(@Selector String id, String action) {
		ZmqEndpoint endpoint = this.registry.getEndpoint(id);
		if (endpoint == null) {
			throw new InvalidEndpointRequestException("No ZeroMQ endpoint '" + id + "'", "Unknown endpoint");
		}
		switch (action) {
			case "stop" -> this.registry.stop(id);
			case "start" -> this.registry.start(id);
			case "pause" -> endpoint.pause();
			case "resume" -> endpoint.resume();
			default -> throw new InvalidEndpointRequestException(
					"Unknown action '" + action + "': use stop, start, pause or resume", "Unknown action");
		}
		return describe(endpoint);
	}

	private ZmqEndpointDescriptor describe(ZmqEndpoint endpoint) {
		ZmqEndpointStatistics statistics = endpoint.getStatistics();
		Map<String, Long> dropped = new LinkedHashMap<>();
		for (ZmqDropReason reason : ZmqDropReason.values()) {
			dropped.put(reason.tagValue(), statistics.getDropped(reason));
		}
		ZmqConnectionMonitor connections = endpoint.getConnectionMonitor();
		Throwable failure = endpoint.getFailure();
		return new ZmqEndpointDescriptor(endpoint.getId(), endpoint.getSocketType().name(), endpoint.getRole().name(),
				endpoint.getState().name(), endpoint.getBoundAddresses(), endpoint.getConnectAddresses(),
				connections.getPeers(), endpoint.getInFlight(), statistics.getReceived(), statistics.getSent(), dropped,
				(failure != null) ? String.valueOf(failure.getMessage()) : null, ZmqBrokerServices.describe(endpoint),
				discoveryStatus(endpoint));
	}

	private @Nullable ZmqDiscoveryStatus discoveryStatus(ZmqEndpoint endpoint) {
		ZmqEndpointDiscovery current = this.discovery;
		return (current != null) ? current.getStatus(endpoint.getId()) : null;
	}

	/**
	 * Every endpoint and proxy of the application.
	 *
	 * @param endpoints the descriptions, by id
	 */
	public record ZmqEndpointsDescriptor(
			Map<String, ZmqEndpointDescriptor> endpoints) implements OperationResponseBody {
	}

	/**
	 * One endpoint or proxy.
	 *
	 * @param id the id
	 * @param socketType the socket type (of a proxy: its frontend's)
	 * @param role what it is for: listener, client, proxy or broker
	 * @param state its state
	 * @param boundAddresses the addresses it bound, with real ports
	 * @param connectAddresses the addresses it connects to
	 * @param peers the remote addresses of its connected peers
	 * @param inFlight received messages being processed
	 * @param received messages received
	 * @param sent messages sent
	 * @param dropped messages dropped, by reason
	 * @param failure why it failed, or {@code null}
	 * @param services of a broker: its services with their workers, idle workers, queued
	 * requests and requests by outcome; {@code null} for other endpoints
	 * @param discovery what it knows about the instances it finds at run time, or
	 * {@code null} when its addresses are fixed
	 */
	public record ZmqEndpointDescriptor(String id, String socketType, String role, String state,
			List<String> boundAddresses, List<String> connectAddresses, List<String> peers, int inFlight, long received,
			long sent, Map<String, Long> dropped, @Nullable String failure,
			@Nullable Map<String, Map<String, Object>> services,
			@Nullable ZmqDiscoveryStatus discovery) implements OperationResponseBody {
	}

}
