package io.github.zmqspring.core;

/**
 * What an endpoint is for, which orders its start and stop: clients start first and stop
 * last, so that listeners and proxies can use clients while they finish their work.
 *
 * @author zmq-spring-boot
 */
public enum ZmqEndpointRole {

	/** Serves inbound messages with handlers ({@code @Zmq*Listener}). */
	LISTENER,

	/** Sends requests or messages on behalf of the application. */
	CLIENT,

	/** Forwards between two sockets. */
	PROXY,

	/** Routes requests to workers by service (Majordomo). */
	BROKER

}
