package io.github.zmqspring.boot.actuate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointStartedEvent;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.security.ZmqMechanism;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.springframework.context.ApplicationListener;

/**
 * Binds the counters of every endpoint to Micrometer when it first starts:
 * {@code zmq.messages.received}, {@code zmq.messages.sent},
 * {@code zmq.messages.dropped} (tag {@code reason}), {@code zmq.auth.failures} (handshakes
 * refused, tag {@code mechanism}) and the gauge
 * {@code zmq.endpoint.in.flight}, all tagged with {@code endpoint} and {@code socket.type}.
 * The meters read the endpoint's own counters, so binding costs nothing on the socket
 * thread.
 *
 * @author zmq-spring-boot
 */
public class ZmqEndpointMeters implements ApplicationListener<ZmqEndpointStartedEvent> {

	private final MeterRegistry registry;

	private final Set<String> bound = ConcurrentHashMap.newKeySet();

	/**
	 * Create a binder.
	 * @param registry the meter registry
	 */
	public ZmqEndpointMeters(MeterRegistry registry) {
		this.registry = registry;
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
		FunctionCounter.builder("zmq.messages.received", statistics, ZmqEndpointStatistics::getReceived)
			.description("Messages received by the endpoint")
			.tags(tags)
			.register(this.registry);
		FunctionCounter.builder("zmq.messages.sent", statistics, ZmqEndpointStatistics::getSent)
			.description("Messages sent by the endpoint")
			.tags(tags)
			.register(this.registry);
		for (ZmqDropReason reason : ZmqDropReason.values()) {
			FunctionCounter.builder("zmq.messages.dropped", statistics, (counters) -> counters.getDropped(reason))
				.description("Messages the endpoint dropped, by reason")
				.tags(tags.and("reason", reason.tagValue()))
				.register(this.registry);
		}
		for (ZmqMechanism mechanism : ZmqMechanism.values()) {
			FunctionCounter
				.builder("zmq.auth.failures", statistics,
						(counters) -> counters.getAuthenticationFailures(mechanism.tagValue()))
				.description("Handshakes the endpoint refused (wrong key or password, address not allowed)")
				.tags(tags.and("mechanism", mechanism.tagValue()))
				.register(this.registry);
		}
		Gauge.builder("zmq.endpoint.in.flight", endpoint, ZmqEndpoint::getInFlight)
			.description("Received messages the endpoint's handlers are processing")
			.tags(tags)
			.register(this.registry);
	}

}
