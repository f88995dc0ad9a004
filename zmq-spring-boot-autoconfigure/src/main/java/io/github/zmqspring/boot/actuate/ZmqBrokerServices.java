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
import java.util.Map;

import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.broker.ZmqBrokerOutcome;
import io.github.zmqspring.broker.ZmqBrokerServiceStatistics;
import io.github.zmqspring.core.ZmqEndpoint;
import org.jspecify.annotations.Nullable;

/**
 * The services of a broker as health details and Actuator output: per service, its
 * workers, idle workers, queued requests and requests by outcome.
 */
final class ZmqBrokerServices {

	private ZmqBrokerServices() {
	}

	/**
	 * Describe the services of an endpoint that is a broker.
	 * @param endpoint any endpoint
	 * @return the services by name, or {@code null} when the endpoint is no broker
	 */
	static @Nullable Map<String, Map<String, Object>> describe(ZmqEndpoint endpoint) {
		if (!(endpoint instanceof ZmqBroker broker)) {
			return null;
		}
		Map<String, Map<String, Object>> services = new LinkedHashMap<>();
		for (ZmqBrokerServiceStatistics service : broker.getServices()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("workers", service.getWorkers());
			details.put("idleWorkers", service.getIdleWorkers());
			details.put("queued", service.getQueued());
			for (ZmqBrokerOutcome outcome : ZmqBrokerOutcome.values()) {
				details.put(outcome.tagValue(), service.getRequests(outcome));
			}
			services.put(service.getService(), details);
		}
		return services;
	}

}
