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

import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.broker.ZmqBrokerOutcome;
import io.github.zmqspring.broker.ZmqBrokerServiceStatistics;
import io.github.zmqspring.core.ZmqEndpointStartedEvent;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.springframework.context.ApplicationListener;

/**
 * Binds the per-service meters of every broker when it starts, and of each service it
 * learns later: {@code zmq.broker.requests} (counter, tag {@code outcome}: completed,
 * rejected, expired, worker-lost), and the gauges {@code zmq.broker.queue} (requests
 * waiting for a worker), {@code zmq.broker.workers} and {@code zmq.broker.workers.idle},
 * all tagged with {@code broker} and {@code service}. The meters read the broker's own
 * counters.
 */
public class ZmqBrokerMeters implements ApplicationListener<ZmqEndpointStartedEvent> {

	private final MeterRegistry registry;

	/**
	 * Create a binder.
	 * @param registry the meter registry
	 */
	public ZmqBrokerMeters(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void onApplicationEvent(ZmqEndpointStartedEvent event) {
		if (event.getEndpoint() instanceof ZmqBroker broker) {
			broker.setServiceListener((service) -> bind(broker.getId(), service));
		}
	}

	private void bind(String broker, ZmqBrokerServiceStatistics service) {
		Tags tags = Tags.of("broker", broker, "service", service.getService());
		for (ZmqBrokerOutcome outcome : ZmqBrokerOutcome.values()) {
			FunctionCounter.builder("zmq.broker.requests", service, (statistics) -> statistics.getRequests(outcome))
				.description("Requests the broker passed to a worker and back, or refused, by outcome")
				.tags(tags.and("outcome", outcome.tagValue()))
				.register(this.registry);
		}
		Gauge.builder("zmq.broker.queue", service, ZmqBrokerServiceStatistics::getQueued)
			.description("Requests of the service waiting for a worker")
			.tags(tags)
			.register(this.registry);
		Gauge.builder("zmq.broker.workers", service, ZmqBrokerServiceStatistics::getWorkers)
			.description("Workers registered for the service")
			.tags(tags)
			.register(this.registry);
		Gauge.builder("zmq.broker.workers.idle", service, ZmqBrokerServiceStatistics::getIdleWorkers)
			.description("Workers of the service waiting for a request")
			.tags(tags)
			.register(this.registry);
	}

}
