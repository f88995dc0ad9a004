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

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.zmqspring.boot.discovery.ZmqDiscoveryStatus;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.core.ZmqConnectionMonitor;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * The {@code zmq} health contributor: one component per endpoint and proxy of the
 * registry, including those registered after startup (clients open lazily). An endpoint
 * is UP while it runs, OUT_OF_SERVICE when stopped or paused on purpose, DOWN when its
 * socket could not be opened or its loop died, UNKNOWN while starting or stopping. An
 * endpoint that only connects over TCP and has no peer is UP (ZeroMQ connects when the
 * peer comes up), or DOWN when it requires peers. Details hold the socket type, the bound
 * and connect addresses, the connected peers (from socket events) and the counters (a
 * broker adds its services, with their workers and queued requests); never key material.
 * <p>
 * An endpoint that finds its instances at run time (service discovery, DNS) has a
 * {@code discovery} detail (what is looked up, the instances, when a look-up last
 * succeeded, why the last one failed, connects and disconnects) and is DOWN while it runs
 * with no instance known, with the reason.
 */
public class ZmqHealthContributor implements CompositeHealthContributor {

	private static final String NO_PEER = "not connected to any peer";

	private final ZmqEndpointRegistry registry;

	private final Predicate<String> requiresPeers;

	/**
	 * Create a contributor for which no endpoint requires peers.
	 * @param registry the endpoint registry
	 */
	public ZmqHealthContributor(ZmqEndpointRegistry registry) {
		this(registry, (id) -> false);
	}

	private @Nullable ZmqEndpointDiscovery discovery;

	/**
	 * Create a contributor.
	 * @param registry the endpoint registry
	 * @param requiresPeers whether the endpoint with the given id is DOWN, rather than
	 * UP, while it only connects and no peer is connected
	 */
	public ZmqHealthContributor(ZmqEndpointRegistry registry, Predicate<String> requiresPeers) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(requiresPeers, "'requiresPeers' must not be null");
		this.registry = registry;
		this.requiresPeers = requiresPeers;
	}

	/**
	 * Add what the endpoints that find their instances at run time know about them.
	 * @param discovery the discovery of those endpoints, or {@code null}
	 */
	public void setDiscovery(@Nullable ZmqEndpointDiscovery discovery) {
		this.discovery = discovery;
	}

	@Override
	public @Nullable HealthContributor getContributor(String name) {
		ZmqEndpoint endpoint = this.registry.getEndpoint(name);
		return (endpoint != null) ? indicator(endpoint) : null;
	}

	@Override
	public Stream<Entry> stream() {
		return this.registry.getEndpoints()
			.stream()
			.map((endpoint) -> new Entry(endpoint.getId(), indicator(endpoint)));
	}

	private HealthIndicator indicator(ZmqEndpoint endpoint) {
		return () -> {
			Health health = health(endpoint, this.requiresPeers.test(endpoint.getId()));
			ZmqEndpointDiscovery discovery = this.discovery;
			ZmqDiscoveryStatus status = (discovery != null) ? discovery.getStatus(endpoint.getId()) : null;
			return (status != null) ? withDiscovery(health, endpoint, status) : health;
		};
	}

	private static Health withDiscovery(Health health, ZmqEndpoint endpoint, ZmqDiscoveryStatus status) {
		String noInstance = status.noInstanceReason();
		boolean down = noInstance != null && endpoint.getState() == ZmqEndpointState.RUNNING;
		Health.Builder builder = down ? Health.down() : Health.status(health.getStatus());
		builder.withDetails(health.getDetails()).withDetail("discovery", status);
		if (down) {
			builder.withDetail("reason", noInstance);
		}
		return builder.build();
	}

	private static Health health(ZmqEndpoint endpoint, boolean requiresPeers) {
		ZmqConnectionMonitor connections = endpoint.getConnectionMonitor();
		Health.Builder builder = switch (endpoint.getState()) {
			case RUNNING -> awaitsPeer(endpoint) ? awaitingPeer(requiresPeers) : Health.up();
			case PAUSED, STOPPED -> Health.status(Status.OUT_OF_SERVICE);
			case FAILED -> Health.down();
			case STARTING, STOPPING -> Health.unknown();
		};
		builder.withDetail("state", endpoint.getState())
			.withDetail("socketType", endpoint.getSocketType())
			.withDetail("role", endpoint.getRole())
			.withDetail("boundAddresses", endpoint.getBoundAddresses())
			.withDetail("connectAddresses", endpoint.getConnectAddresses())
			.withDetail("connections", connections.getConnectionCount())
			.withDetail("peers", connections.getPeers())
			.withDetail("inFlight", endpoint.getInFlight())
			.withDetail("received", endpoint.getStatistics().getReceived())
			.withDetail("sent", endpoint.getStatistics().getSent())
			.withDetail("dropped", endpoint.getStatistics().getDroppedTotal());
		Map<String, Map<String, Object>> services = ZmqBrokerServices.describe(endpoint);
		if (services != null) {
			builder.withDetail("services", services);
		}
		Throwable failure = endpoint.getFailure();
		if (failure != null) {
			builder.withDetail("failure", String.valueOf(failure.getMessage()));
		}
		return builder.build();
	}

	private static Health.Builder awaitingPeer(boolean requiresPeers) {
		return (requiresPeers ? Health.down() : Health.up()).withDetail("reason", NO_PEER)
			.withDetail("requirePeers", requiresPeers);
	}

	/**
	 * Whether a running endpoint only connects (binds nothing) over TCP and has no
	 * connection: it cannot send or receive anything until a peer is (back) up.
	 */
	private static boolean awaitsPeer(ZmqEndpoint endpoint) {
		List<String> connect = endpoint.getConnectAddresses();
		return endpoint.getBoundAddresses().isEmpty() && !connect.isEmpty()
				&& connect.stream().noneMatch((address) -> address.startsWith("inproc://"))
				&& endpoint.getConnectionMonitor().getConnectionCount() == 0;
	}

}
