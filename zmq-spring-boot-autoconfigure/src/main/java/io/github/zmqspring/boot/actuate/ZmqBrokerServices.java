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
 *
 * @author zmq-spring-boot
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
