package io.github.zmqspring.client;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown when no reply arrived within the request timeout.
 *
 * @author zmq-spring-boot
 */
public class ZmqTimeoutException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqTimeoutException(String message) {
		super(message);
	}

}
