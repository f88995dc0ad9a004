package io.github.zmqspring.client;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown at once for a request of a client whose server addresses are found at run time
 * (service discovery, DNS) when none is known: the service has no instance now, or none
 * was ever found. Nothing was sent; the request is not retried. The endpoint's health says
 * why the list is empty.
 *
 * @author zmq-spring-boot
 */
public class ZmqNoInstancesException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqNoInstancesException(String message) {
		super(message);
	}

}
