package io.github.zmqspring.core;

import org.zeromq.ZMQ;

/**
 * Callback to set any socket option the starter does not expose. Runs on the socket's own
 * thread, after the configured options and before bind or connect.
 *
 * @author zmq-spring-boot
 */
@FunctionalInterface
public interface ZmqSocketCustomizer {

	/**
	 * Customize a socket.
	 * @param definition the endpoint the socket belongs to
	 * @param socket the socket, not yet bound or connected
	 */
	void customize(ZmqEndpointDefinition definition, ZMQ.Socket socket);

}
