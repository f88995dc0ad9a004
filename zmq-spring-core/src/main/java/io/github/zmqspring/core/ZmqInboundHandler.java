package io.github.zmqspring.core;

import org.zeromq.ZMsg;

/**
 * Receives the messages a {@link ZmqSocketLoop} reads. Called on the socket thread, so an
 * implementation must only hand the message over (to an executor) and return at once.
 *
 * @author zmq-spring-boot
 */
@FunctionalInterface
public interface ZmqInboundHandler {

	/**
	 * Take a received message. Each call holds one of the loop's in-flight permits until
	 * {@code done} runs; while none is free the loop stops reading and ZeroMQ's high-water
	 * marks push back on senders.
	 * @param message the whole multipart message
	 * @param done to run exactly once when the message has been fully processed
	 */
	void onMessage(ZMsg message, Runnable done);

}
