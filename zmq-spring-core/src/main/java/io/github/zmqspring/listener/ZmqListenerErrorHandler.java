package io.github.zmqspring.listener;

import org.jspecify.annotations.Nullable;

/**
 * Handles a message a listener method failed to process: the payload could not be
 * converted, the method threw, or its future failed. Named by a listener annotation's
 * {@code errorHandler} attribute (a bean name), like Spring Kafka's
 * {@code KafkaListenerErrorHandler}. Runs on the listener's executor.
 * <p>
 * For ROUTER and REP listeners, a value returned is sent as the reply instead of the error;
 * {@code null} sends the error reply; an exception thrown is sent as the error instead. For
 * one-way listeners (SUB, PULL, PAIR), returning normally means the message was dealt with
 * (nothing is counted); an exception thrown is counted as a drop. Either way, when the
 * endpoint names a {@code dead-letter} endpoint and the message is still failed after the
 * handler, it is forwarded there.
 *
 * @author zmq-spring-boot
 */
@FunctionalInterface
public interface ZmqListenerErrorHandler {

	/**
	 * Handle a failed message.
	 * @param failed the message as received and why it failed
	 * @return a reply to send instead of the error (ROUTER, REP), or {@code null}
	 * @throws Exception to report this failure instead of the original one
	 */
	@Nullable Object handleError(ZmqFailedMessage failed) throws Exception;

}
