package io.github.zmqspring.core;

import org.springframework.context.ApplicationEvent;

/**
 * Published when an endpoint has bound and connected its socket; carries the endpoint, whose
 * {@link ZmqEndpoint#getBoundAddresses() bound addresses} hold the real ports.
 *
 * @author zmq-spring-boot
 */
public class ZmqEndpointStartedEvent extends ApplicationEvent {

	private final ZmqEndpoint endpoint;

	/**
	 * Create an event.
	 * @param source the registry that started the endpoint
	 * @param endpoint the endpoint
	 */
	public ZmqEndpointStartedEvent(Object source, ZmqEndpoint endpoint) {
		super(source);
		this.endpoint = endpoint;
	}

	/** @return the endpoint that started */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

}
