package io.github.zmqspring.client;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown for a request whose only server went away before it replied: the client lost its
 * last connection, so the request is failed at once instead of at its timeout. The server
 * may or may not have processed it; a retry (only for idempotent routes) sends it again.
 *
 * @author zmq-spring-boot
 */
public class ZmqPeerLostException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqPeerLostException(String message) {
		super(message);
	}

}
