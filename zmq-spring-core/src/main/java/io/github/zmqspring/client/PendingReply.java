package io.github.zmqspring.client;

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

}
