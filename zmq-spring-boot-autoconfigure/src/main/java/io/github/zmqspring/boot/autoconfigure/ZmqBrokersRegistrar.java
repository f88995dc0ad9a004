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

package io.github.zmqspring.boot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.broker.ZmqBrokerSettings;
import io.github.zmqspring.broker.ZmqServiceSettings;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import org.zeromq.ZContext;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Creates a {@link ZmqBroker} for every entry under {@code zmq.brokers} and registers it
 * with the endpoint registry, which starts and stops it with the application.
 */
class ZmqBrokersRegistrar implements SmartInitializingSingleton {

	private final ZContext context;

	private final ZmqProperties properties;

	private final ZmqEndpointRegistry registry;

	private final List<ZmqSocketCustomizer> customizers;

	ZmqBrokersRegistrar(ZContext context, ZmqProperties properties, ZmqEndpointRegistry registry,
			List<ZmqSocketCustomizer> customizers) {
		this.context = context;
		this.properties = properties;
		this.registry = registry;
		this.customizers = customizers;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ZmqEndpointDefinitionsFactory definitions = new ZmqEndpointDefinitionsFactory(this.properties);
		this.properties.getBrokers().forEach((name, broker) -> {
			ZmqBroker created = new ZmqBroker(this.context, definitions.createBrokerSocket(name, broker),
					settings("zmq.brokers." + name, broker), this.customizers);
			created.setAutoStartup(broker.isAutoStartup());
			created.setShutdownTimeout(this.properties.getContext().getShutdownTimeout());
			this.registry.register(created);
		});
	}

	private static ZmqBrokerSettings settings(String prefix, ZmqProperties.Broker broker) {
		ZmqServiceSettings defaults = service(prefix, broker.getMaxQueued(), broker.getMaxWait(),
				broker.isIdempotent());
		Map<String, ZmqServiceSettings> services = new LinkedHashMap<>();
		broker.getServices()
			.forEach((name, service) -> services.put(name,
					service(prefix + ".services." + name,
							(service.getMaxQueued() != null) ? service.getMaxQueued() : defaults.maxQueued(),
							(service.getMaxWait() != null) ? service.getMaxWait() : defaults.maxWait(),
							(service.getIdempotent() != null) ? service.getIdempotent() : defaults.idempotent())));
		return new ZmqBrokerSettings(
				positive(prefix + ".worker-heartbeat-interval", broker.getWorkerHeartbeatInterval()),
				atLeastOne(prefix + ".worker-liveness", broker.getWorkerLiveness()),
				atLeastOne(prefix + ".max-services", broker.getMaxServices()), defaults, services);
	}

	private static ZmqServiceSettings service(String prefix, int maxQueued, Duration maxWait, boolean idempotent) {
		if (maxQueued < 0) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".max-queued", maxQueued,
					"must not be negative");
		}
		return new ZmqServiceSettings(maxQueued, positive(prefix + ".max-wait", maxWait), idempotent);
	}

	static Duration positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "must be positive");
		}
		return value;
	}

	static int atLeastOne(String property, int value) {
		if (value < 1) {
			throw new InvalidConfigurationPropertyValueException(property, value, "must be at least 1");
		}
		return value;
	}

}
