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
import java.util.Map;

import org.springframework.util.Assert;

/**
 * How a broker keeps track of its workers and treats requests.
 *
 * @param heartbeatInterval how often the broker sends HEARTBEAT to each worker; workers
 * must use a similar interval
 * @param liveness after how many intervals without any command from a worker the worker
 * counts as dead and is removed
 * @param maxServices how many services the broker keeps at most; a request for a new
 * service beyond it is refused with status 503
 * @param serviceDefaults the settings of services not listed in {@code services}
 * @param services the settings of named services
 */
public record ZmqBrokerSettings(Duration heartbeatInterval, int liveness, int maxServices,
		ZmqServiceSettings serviceDefaults, Map<String, ZmqServiceSettings> services) {

	/**
	 * Check the settings and copy the map.
	 * @param heartbeatInterval positive
	 * @param liveness at least 1
	 * @param maxServices at least 1
	 * @param serviceDefaults the default service settings
	 * @param services named service settings
	 */
	public ZmqBrokerSettings {
		Assert.isTrue(heartbeatInterval.compareTo(Duration.ZERO) > 0, "'heartbeatInterval' must be positive");
		Assert.isTrue(liveness >= 1, "'liveness' must be at least 1");
		Assert.isTrue(maxServices >= 1, "'maxServices' must be at least 1");
		services = Map.copyOf(services);
	}

	/**
	 * Settings with a 1 s heartbeat, a liveness of 3, up to 1000 services and
	 * {@link ZmqServiceSettings#DEFAULTS} for every service.
	 * @return the settings
	 */
	public static ZmqBrokerSettings standard() {
		return new ZmqBrokerSettings(Duration.ofSeconds(1), 3, 1000, ZmqServiceSettings.DEFAULTS, Map.of());
	}

	/**
	 * Return the settings of a service.
	 * @param service the service name
	 * @return its settings, or the defaults
	 */
	public ZmqServiceSettings forService(String service) {
		return this.services.getOrDefault(service, this.serviceDefaults);
	}

	/**
	 * @return how long a worker may stay silent before it counts as dead
	 */
	public Duration expiry() {
		return this.heartbeatInterval.multipliedBy(this.liveness);
	}

}
