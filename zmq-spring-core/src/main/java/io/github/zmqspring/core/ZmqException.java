package io.github.zmqspring.core;

import org.jspecify.annotations.Nullable;

/**
 * Base class of the exceptions thrown by the starter.
 *
 * @author zmq-spring-boot
 */
public class ZmqException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqException(String message) {
		super(message);
	}

	/**
	 * Create an exception.
	 * @param message the detail message
	 * @param cause the cause
	 */
	public ZmqException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
