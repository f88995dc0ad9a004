package io.github.zmqspring.core;

/**
 * Thrown when a message could not be queued for sending within the endpoint's send timeout,
 * because its peers are not taking messages.
 *
 * @author zmq-spring-boot
 */
public class ZmqSendTimeoutException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqSendTimeoutException(String message) {
		super(message);
	}

}
