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

package io.github.zmqspring.boot.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointStartedEvent;
import io.github.zmqspring.core.ZmqSocketLoop;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.Assert;

/**
 * Keeps the connect addresses of the endpoints that find their instances at run time up
 * to date: each endpoint's {@link ZmqInstanceResolver} is asked on start, every refresh
 * interval, and on {@link #refreshSoon() request} (Spring Cloud's
 * {@code HeartbeatEvent}); the addresses found are handed to the endpoint's socket loop
 * ({@link ZmqSocketLoop#connectTo}), whose own thread connects new instances and
 * disconnects gone ones. A look-up that fails keeps the last known instances and is
 * reported in {@link #getStatus(String) the status}. An endpoint opened later (clients
 * open on first use) gets the last known instances when it starts.
 * <p>
 * Look-ups run on the given scheduler, never on a socket thread; they may block for as
 * long as the registry or DNS takes.
 */
public class ZmqEndpointDiscovery implements SmartLifecycle, ApplicationListener<ZmqEndpointStartedEvent> {

	private static final Log logger = LogFactory.getLog(ZmqEndpointDiscovery.class);

	private final ZmqEndpointRegistry registry;

	private final TaskScheduler scheduler;

	private final Map<String, Discovered> endpoints = new ConcurrentHashMap<>();

	private final AtomicBoolean refreshQueued = new AtomicBoolean();

	private volatile boolean running;

	/**
	 * Create an instance.
	 * @param registry the endpoint registry, where the socket loops are found by name
	 * @param scheduler runs the periodic look-ups
	 */
	public ZmqEndpointDiscovery(ZmqEndpointRegistry registry, TaskScheduler scheduler) {
		this.registry = registry;
		this.scheduler = scheduler;
	}

	/**
	 * Have an endpoint's connect addresses found at run time; before {@link #start()}.
	 * @param endpoint the endpoint name
	 * @param resolver finds its instances
	 * @param refreshInterval how often they are looked up again
	 */
	public void register(String endpoint, ZmqInstanceResolver resolver, Duration refreshInterval) {
		Assert.isTrue(refreshInterval.toMillis() > 0, "'refreshInterval' must be positive");
		this.endpoints.put(endpoint, new Discovered(endpoint, resolver, refreshInterval));
	}

	/**
	 * Look up the instances of every endpoint once, then schedule the periodic look-ups.
	 */
	@Override
	public void start() {
		this.endpoints.values().forEach(Discovered::refresh);
		this.endpoints.values().forEach(Discovered::schedule);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.endpoints.values().forEach(Discovered::cancel);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Start before the endpoint registry, so that its endpoints open with their instances
	 * known.
	 */
	@Override
	public int getPhase() {
		return this.registry.getPhase() - 1;
	}

	/**
	 * Look up every endpoint's instances soon, on the scheduler; requests made while one
	 * is queued are merged into it.
	 */
	public void refreshSoon() {
		if (this.running && this.refreshQueued.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> {
				this.refreshQueued.set(false);
				refreshAll();
			}, Instant.now());
		}
	}

	/**
	 * Look up every endpoint's instances now, on the calling thread.
	 */
	public void refreshAll() {
		this.endpoints.values().forEach(Discovered::refresh);
	}

	/**
	 * Return what an endpoint knows about its instances.
	 * @param endpoint the endpoint name
	 * @return the status, or {@code null} when the endpoint does not find its instances
	 * at run time
	 */
	public @Nullable ZmqDiscoveryStatus getStatus(String endpoint) {
		Discovered discovered = this.endpoints.get(endpoint);
		return (discovered != null) ? discovered.status() : null;
	}

	@Override
	public void onApplicationEvent(ZmqEndpointStartedEvent event) {
		if (event.getEndpoint() instanceof ZmqSocketLoop loop) {
			Discovered discovered = this.endpoints.get(loop.getDefinition().name());
			if (discovered != null) {
				discovered.applyTo(loop);
			}
		}
	}

	/**
	 * One endpoint and what was last found for it.
	 */
	private final class Discovered {

		private final String endpoint;

		private final ZmqInstanceResolver resolver;

		private final Duration refreshInterval;

		private volatile ZmqInstanceResolver.@Nullable Instances instances;

		private volatile @Nullable Instant lastSuccess;

		private volatile @Nullable String error;

		private volatile @Nullable ScheduledFuture<?> schedule;

		Discovered(String endpoint, ZmqInstanceResolver resolver, Duration refreshInterval) {
			this.endpoint = endpoint;
			this.resolver = resolver;
			this.refreshInterval = refreshInterval;
		}

		synchronized void refresh() {
			ZmqInstanceResolver.Instances found;
			try {
				found = this.resolver.resolve();
			}
			catch (RuntimeException ex) {
				failed(ex);
				return;
			}
			if (this.error != null) {
				logger.info("Endpoint '" + this.endpoint + "' can look up " + this.resolver.description() + " again");
			}
			if (!found.equals(this.instances) && logger.isInfoEnabled()) {
				logger.info("Endpoint '" + this.endpoint + "': " + this.resolver.description() + " has "
						+ found.addresses().size() + " instance(s) " + found.addresses()
						+ (found.skipped().isEmpty() ? "" : ", skipped " + found.skipped()));
			}
			this.instances = found;
			this.lastSuccess = Instant.now();
			this.error = null;
			apply();
		}

		private void failed(RuntimeException ex) {
			// the registry's own exception, not a wrapper such as
			// UndeclaredThrowableException
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			String reason = Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getName());
			if (this.error == null) {
				// once per outage: every further failure only updates the status
				logger.warn("Endpoint '" + this.endpoint + "' could not look up " + this.resolver.description()
						+ "; keeping the " + addresses().size() + " instance(s) it knew: " + reason, ex);
			}
			this.error = reason;
		}

		private List<String> addresses() {
			ZmqInstanceResolver.Instances current = this.instances;
			return (current != null) ? current.addresses() : List.of();
		}

		private void apply() {
			ZmqEndpoint endpoint = ZmqEndpointDiscovery.this.registry.getEndpoint(this.endpoint);
			if (endpoint instanceof ZmqSocketLoop loop) {
				applyTo(loop);
			}
		}

		void applyTo(ZmqSocketLoop loop) {
			if (this.instances == null && this.lastSuccess == null && this.error == null) {
				refresh();
				return;
			}
			loop.connectTo(addresses());
		}

		void schedule() {
			this.schedule = ZmqEndpointDiscovery.this.scheduler.scheduleWithFixedDelay(this::refresh,
					Instant.now().plus(this.refreshInterval), this.refreshInterval);
		}

		void cancel() {
			ScheduledFuture<?> scheduled = this.schedule;
			if (scheduled != null) {
				scheduled.cancel(false);
				this.schedule = null;
			}
		}

		ZmqDiscoveryStatus status() {
			ZmqInstanceResolver.Instances current = this.instances;
			ZmqEndpoint endpoint = ZmqEndpointDiscovery.this.registry.getEndpoint(this.endpoint);
			ZmqSocketLoop loop = (endpoint instanceof ZmqSocketLoop socketLoop) ? socketLoop : null;
			return new ZmqDiscoveryStatus(this.resolver.description(), addresses(),
					(current != null) ? current.skipped() : List.of(), this.lastSuccess, this.error,
					(loop != null) ? loop.getTargetConnects() : 0, (loop != null) ? loop.getTargetDisconnects() : 0);
		}

	}

}
