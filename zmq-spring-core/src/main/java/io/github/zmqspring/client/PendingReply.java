package io.github.zmqspring.client;

import org.jspecify.annotations.Nullable;

/**
 * A request waiting for its reply or replies; completed by the client's socket thread, so
 * implementations hand anything costly to another thread.
 *
 * @author zmq-spring-boot
 */
interface PendingReply {

	/** @return when the request expires, in {@link System#nanoTime()} terms */
	long deadline();

	/**
	 * The single reply arrived.
	 * @param reply the reply
	 */
	void reply(ZmqReply reply);

	/**
	 * One element of a streamed reply arrived.
	 * @param item the element
	 * @return whether more replies are expected (keep the request pending)
	 */
	boolean item(ZmqReply item);

	/** The streamed reply ended. */
	void end();

	/**
	 * The request failed.
	 * @param failure why
	 */
	void fail(Throwable failure);

	/**
	 * The caller already knows the request is over and nothing more is delivered: it
	 * cancelled the request, or the request could not be sent.
	 * @param failure why it could not be sent, or {@code null} when cancelled
	 */
	default void abandoned(@Nullable Throwable failure) {
	}

}
