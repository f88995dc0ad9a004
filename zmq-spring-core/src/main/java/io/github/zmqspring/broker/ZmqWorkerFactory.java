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

package io.github.zmqspring.broker;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import org.zeromq.ZContext;

import org.springframework.util.Assert;

/**
 * Creates the {@link ZmqWorkerEndpoint} (the MDP/0.2 connections) of a
 * {@code @ZmqWorker}; its listener container comes from the listener container factory,
 * bound to {@link #listenerAddress(String)}.
 */
public class ZmqWorkerFactory {

	private final ZContext context;

	private final ZmqEndpointDefinitions definitions;

	private List<ZmqSocketCustomizer> customizers = List.of();

	private Duration heartbeatInterval = Duration.ofSeconds(1);

	private int liveness = 3;

	private Duration shutdownTimeout = Duration.ofSeconds(10);

	/**
	 * Create a factory.
	 * @param context the ZeroMQ context
	 * @param definitions the configured endpoints, which a worker's {@code broker} may
	 * name
	 */
	public ZmqWorkerFactory(ZContext context, ZmqEndpointDefinitions definitions) {
		this.context = context;
		this.definitions = definitions;
	}

	/**
	 * Set the customizers applied to every broker connection.
	 * @param customizers the customizers, in order
	 */
	public void setCustomizers(List<ZmqSocketCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Set the MDP heartbeating of the worker connections.
	 * @param heartbeatInterval how often to send HEARTBEAT (use the broker's interval)
	 * @param liveness after how many silent intervals the broker counts as gone
	 */
	public void setHeartbeat(Duration heartbeatInterval, int liveness) {
		Assert.isTrue(heartbeatInterval.compareTo(Duration.ZERO) > 0, "'heartbeatInterval' must be positive");
		Assert.isTrue(liveness > 0, "'liveness' must be positive");
		this.heartbeatInterval = heartbeatInterval;
		this.liveness = liveness;
	}

	/**
	 * Set how long a stopping worker lets the requests it holds finish.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * The {@code inproc://} address the listener of a worker binds.
	 * @param id the worker's listener id
	 * @return the address
	 */
	public static String listenerAddress(String id) {
		return "inproc://zmq-worker-" + id;
	}

	/**
	 * Create the MDP side of a worker.
	 * @param id the worker's listener id; the endpoint is {@code <id>-mdp}
	 * @param service the service name
	 * @param broker the name of a configured endpoint, or a connect address
	 * @param concurrency how many worker connections
	 * @param autoStartup whether it starts with the registry
	 * @return the endpoint, not started
	 */
	public ZmqWorkerEndpoint create(String id, String service, String broker, int concurrency, boolean autoStartup) {
		Assert.hasText(broker, () -> "@ZmqWorker '" + id + "' needs a broker: an endpoint name or an address");
		String endpointId = id + "-mdp";
		ZmqEndpointDefinition definition = broker.contains("://")
				? this.definitions.resolve(endpointId, "", List.of(), List.of(broker)) : this.definitions.get(broker);
		ZmqWorkerEndpoint endpoint = new ZmqWorkerEndpoint(this.context, endpointId, definition, service, concurrency,
				listenerAddress(id), this.heartbeatInterval, this.liveness, this.customizers);
		endpoint.setAutoStartup(autoStartup);
		endpoint.setShutdownTimeout(this.shutdownTimeout);
		return endpoint;
	}

}
