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

package io.github.zmqspring.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.context.SmartLifecycle;

/**
 * Every ZeroMQ endpoint of the application, by id, and their collective life cycle.
 * <p>
 * On start, client endpoints open first, then listeners and proxies; on stop the order is
 * reversed, and each group stops concurrently, each endpoint bounded by its shutdown
 * timeout. An endpoint registered while the registry runs is started at once (when it
 * auto-starts). A {@link ZmqEndpointStartedEvent} is published whenever an endpoint
 * opens.
 */
public class ZmqEndpointRegistry implements SmartLifecycle, ApplicationEventPublisherAware {

	/**
	 * The phase of the registry: late start, early stop, before Boot's web server shuts
	 * down.
	 */
	public static final int DEFAULT_PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static final Log logger = LogFactory.getLog(ZmqEndpointRegistry.class);

	private final Map<String, ZmqEndpoint> endpoints = new ConcurrentHashMap<>();

	private final List<ZmqEndpoint> order = new CopyOnWriteArrayList<>();

	private final Object lifecycleMonitor = new Object();

	private @Nullable ApplicationEventPublisher eventPublisher;

	private volatile boolean running;

	private int phase = DEFAULT_PHASE;

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher eventPublisher) {
		this.eventPublisher = eventPublisher;
	}

	/**
	 * Set the life-cycle phase.
	 * @param phase the phase
	 */
	public void setPhase(int phase) {
		this.phase = phase;
	}

	/**
	 * Add an endpoint; it starts at once when the registry runs and it auto-starts.
	 * @param endpoint the endpoint
	 * @throws IllegalStateException when another endpoint has the same id
	 */
	public void register(ZmqEndpoint endpoint) {
		synchronized (this.lifecycleMonitor) {
			ZmqEndpoint existing = this.endpoints.putIfAbsent(endpoint.getId(), endpoint);
			if (existing != null) {
				throw new IllegalStateException("Another ZeroMQ endpoint is already registered with id '"
						+ endpoint.getId() + "': " + existing);
			}
			this.order.add(endpoint);
			if (this.running && endpoint.isAutoStartup()) {
				start(endpoint);
			}
		}
	}

	/**
	 * Return the endpoint with the given id.
	 * @param id the id
	 * @return the endpoint, or {@code null}
	 */
	public @Nullable ZmqEndpoint getEndpoint(String id) {
		return this.endpoints.get(id);
	}

	/**
	 * Return the endpoint with the given id, failing when there is none.
	 * @param id the id
	 * @return the endpoint
	 */
	public ZmqEndpoint getRequiredEndpoint(String id) {
		ZmqEndpoint endpoint = this.endpoints.get(id);
		if (endpoint == null) {
			throw new IllegalArgumentException(
					"No ZeroMQ endpoint with id '" + id + "' (known: " + this.endpoints.keySet() + ")");
		}
		return endpoint;
	}

	/**
	 * @return all endpoints in registration order
	 */
	public Collection<ZmqEndpoint> getEndpoints() {
		return List.copyOf(this.order);
	}

	/**
	 * Start the endpoint with the given id and publish its
	 * {@link ZmqEndpointStartedEvent}.
	 * @param id the id
	 */
	public void start(String id) {
		start(getRequiredEndpoint(id));
	}

	/**
	 * Stop the endpoint with the given id, gracefully.
	 * @param id the id
	 */
	public void stop(String id) {
		getRequiredEndpoint(id).stop();
	}

	/**
	 * Subscribe a running SUB endpoint to one more topic. The subscription lasts until
	 * the endpoint stops; the topics of its listeners are subscribed again on every
	 * start.
	 * @param id the SUB endpoint's id
	 * @param topic the topic prefix
	 */
	public void subscribe(String id, String topic) {
		subscriber(id).execute((socket) -> socket.subscribe(topic.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Remove a subscription from a running SUB endpoint.
	 * @param id the SUB endpoint's id
	 * @param topic the topic prefix
	 */
	public void unsubscribe(String id, String topic) {
		subscriber(id).execute((socket) -> socket.unsubscribe(topic.getBytes(StandardCharsets.UTF_8)));
	}

	private ZmqSocketLoop subscriber(String id) {
		ZmqEndpoint endpoint = getRequiredEndpoint(id);
		if (!(endpoint instanceof ZmqSocketLoop loop) || endpoint.getSocketType() != SocketType.SUB) {
			throw new IllegalArgumentException(
					"ZeroMQ endpoint '" + id + "' is " + endpoint.getSocketType() + ", not SUB");
		}
		return loop;
	}

	private void start(ZmqEndpoint endpoint) {
		endpoint.start();
		ApplicationEventPublisher publisher = this.eventPublisher;
		if (publisher != null) {
			publisher.publishEvent(new ZmqEndpointStartedEvent(this, endpoint));
		}
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			for (ZmqEndpoint endpoint : inStartOrder()) {
				if (endpoint.isAutoStartup()) {
					start(endpoint);
				}
			}
			this.running = true;
		}
	}

	private List<ZmqEndpoint> inStartOrder() {
		List<ZmqEndpoint> clients = new ArrayList<>();
		List<ZmqEndpoint> others = new ArrayList<>();
		for (ZmqEndpoint endpoint : this.order) {
			(endpoint.getRole() == ZmqEndpointRole.CLIENT ? clients : others).add(endpoint);
		}
		clients.addAll(others);
		return clients;
	}

	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			this.running = false;
			List<ZmqEndpoint> endpoints = inStartOrder();
			stopConcurrently(endpoints.stream().filter((e) -> e.getRole() != ZmqEndpointRole.CLIENT).toList());
			stopConcurrently(endpoints.stream().filter((e) -> e.getRole() == ZmqEndpointRole.CLIENT).toList());
		}
	}

	private void stopConcurrently(List<ZmqEndpoint> endpoints) {
		List<Thread> stoppers = new ArrayList<>();
		for (ZmqEndpoint endpoint : endpoints) {
			Thread stopper = new Thread(endpoint::stop, "zmq-" + endpoint.getId() + "-stop");
			stopper.setDaemon(true);
			stopper.start();
			stoppers.add(stopper);
		}
		for (Thread stopper : stoppers) {
			try {
				stopper.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				logger.warn("Interrupted while stopping ZeroMQ endpoints");
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return this.phase;
	}

}
