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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.client.ZmqRequestReplyClient;
import io.github.zmqspring.core.ZmqConnectionMonitor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqEndpointStartedEvent;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.security.ZmqMechanism;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZMonitor;

import org.springframework.context.ApplicationListener;

/**
 * Binds the counters of every endpoint to Micrometer when it first starts:
 * {@code zmq.messages.received}, {@code zmq.messages.sent}, {@code zmq.bytes.received},
 * {@code zmq.bytes.sent}, {@code zmq.messages.dropped} (tag {@code reason}),
 * {@code zmq.auth.failures} (handshakes refused, tag {@code mechanism}),
 * {@code zmq.listener.direct.slow} (invocations of listener methods with direct dispatch
 * that held the socket thread longer than the threshold, tag {@code route}), the gauges
 * {@code zmq.endpoint.in.flight}, {@code zmq.client.in.flight} (request/reply clients:
 * requests waiting for replies) and {@code zmq.connections}, and
 * {@code zmq.socket.events} (tag {@code event}: accepted, connected, disconnected,
 * connect_retried and the failures), and for an endpoint that finds its instances at run
 * time {@code zmq.discovery.connects} and {@code zmq.discovery.disconnects} (instances
 * connected, and disconnected because they were gone), all tagged with {@code endpoint}
 * and {@code socket.type}. The meters read the endpoint's own counters, so binding costs
 * nothing on the socket thread.
 */
public class ZmqEndpointMeters implements ApplicationListener<ZmqEndpointStartedEvent> {

	private static final List<ZMonitor.Event> COUNTED_EVENTS = List.of(ZMonitor.Event.ACCEPTED,
			ZMonitor.Event.CONNECTED, ZMonitor.Event.DISCONNECTED, ZMonitor.Event.CONNECT_RETRIED,
			ZMonitor.Event.ACCEPT_FAILED, ZMonitor.Event.HANDSHAKE_FAILED_PROTOCOL,
			ZMonitor.Event.HANDSHAKE_FAILED_AUTH, ZMonitor.Event.HANDSHAKE_FAILED_NO_DETAIL);

	private final MeterRegistry registry;

	private final @Nullable ZmqClientSockets clients;

	private final Set<String> bound = ConcurrentHashMap.newKeySet();

	/**
	 * Create a binder.
	 * @param registry the meter registry
	 * @param clients the client endpoints, whose requests in flight are gauged, or
	 * {@code null}
	 */
	public ZmqEndpointMeters(MeterRegistry registry, @Nullable ZmqClientSockets clients) {
		this.registry = registry;
		this.clients = clients;
	}

	@Override
	public void onApplicationEvent(ZmqEndpointStartedEvent event) {
		bind(event.getEndpoint());
	}

	/**
	 * Bind the meters of an endpoint, once.
	 * @param endpoint the endpoint
	 */
	public void bind(ZmqEndpoint endpoint) {
		if (!this.bound.add(endpoint.getId())) {
			return;
		}
		Tags tags = Tags.of("endpoint", endpoint.getId(), "socket.type", endpoint.getSocketType().name());
		ZmqEndpointStatistics statistics = endpoint.getStatistics();
		counter("zmq.messages.received", "Messages received by the endpoint", tags, statistics,
				ZmqEndpointStatistics::getReceived)
			.register(this.registry);
		counter("zmq.messages.sent", "Messages sent by the endpoint", tags, statistics, ZmqEndpointStatistics::getSent)
			.register(this.registry);
		counter("zmq.bytes.received", "Bytes received by the endpoint (all frames)", tags, statistics,
				ZmqEndpointStatistics::getReceivedBytes)
			.baseUnit(BaseUnits.BYTES)
			.register(this.registry);
		counter("zmq.bytes.sent", "Bytes sent by the endpoint (all frames)", tags, statistics,
				ZmqEndpointStatistics::getSentBytes)
			.baseUnit(BaseUnits.BYTES)
			.register(this.registry);
		for (ZmqDropReason reason : ZmqDropReason.values()) {
			counter("zmq.messages.dropped", "Messages the endpoint dropped, by reason",
					tags.and("reason", reason.tagValue()), statistics, (counters) -> counters.getDropped(reason))
				.register(this.registry);
		}
		for (ZmqMechanism mechanism : ZmqMechanism.values()) {
			counter("zmq.auth.failures", "Handshakes the endpoint refused (wrong key or password, address not allowed)",
					tags.and("mechanism", mechanism.tagValue()), statistics,
					(counters) -> counters.getAuthenticationFailures(mechanism.tagValue()))
				.register(this.registry);
		}
		for (String route : statistics.getDirectRoutes()) {
			counter("zmq.listener.direct.slow",
					"Invocations of a listener method with direct dispatch that held the socket thread "
							+ "longer than the direct-warn threshold",
					tags.and("route", route), statistics, (counters) -> counters.getSlowDirect(route))
				.register(this.registry);
		}
		gauge("zmq.endpoint.in.flight", "Received messages the endpoint's handlers are processing", tags, endpoint,
				ZmqEndpoint::getInFlight);
		if (this.clients != null && endpoint.getRole() == ZmqEndpointRole.CLIENT
				&& endpoint.getSocketType() == SocketType.DEALER) {
			gauge("zmq.client.in.flight", "Requests of the client waiting for their replies", tags, this.clients,
					(clients) -> requestsInFlight(clients, endpoint.getId()));
		}
		ZmqConnectionMonitor connections = endpoint.getConnectionMonitor();
		gauge("zmq.connections", "TCP connections of the endpoint's sockets, from socket events", tags, connections,
				ZmqConnectionMonitor::getConnectionCount);
		if (endpoint instanceof ZmqSocketLoop loop && loop.getDefinition().dynamicConnect()) {
			counter("zmq.discovery.connects", "Instances found at run time that the endpoint connected to", tags, loop,
					ZmqSocketLoop::getTargetConnects)
				.register(this.registry);
			counter("zmq.discovery.disconnects", "Instances the endpoint disconnected from because they were gone",
					tags, loop, ZmqSocketLoop::getTargetDisconnects)
				.register(this.registry);
		}
		for (ZMonitor.Event event : COUNTED_EVENTS) {
			counter("zmq.socket.events", "Socket events of the endpoint, by kind",
					tags.and("event", event.name().toLowerCase(Locale.ROOT)), connections,
					(monitor) -> monitor.getEventCount(event))
				.register(this.registry);
		}
	}

	private static <T> FunctionCounter.Builder<T> counter(String name, String description, Tags tags, T source,
			ToDoubleFunction<T> count) {
		return FunctionCounter.builder(name, source, count).description(description).tags(tags);
	}

	private <T> void gauge(String name, String description, Tags tags, T source, ToDoubleFunction<T> value) {
		Gauge.builder(name, source, value).description(description).tags(tags).register(this.registry);
	}

	private static int requestsInFlight(ZmqClientSockets clients, String endpoint) {
		ZmqRequestReplyClient client = clients.findRequestReply(endpoint);
		return (client != null) ? client.getInFlight() : 0;
	}

}
