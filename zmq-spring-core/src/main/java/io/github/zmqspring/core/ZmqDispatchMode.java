package io.github.zmqspring.core;

/**
 * Where an endpoint's handlers run: on an executor (the default), or directly on the
 * socket's own thread. On a client endpoint the mode chooses where replies complete their
 * futures and run their callbacks.
 *
 * @author zmq-spring-boot
 */
public enum ZmqDispatchMode {

	/**
	 * Handlers run on the listener executor, at most the listener's concurrency at once;
	 * client replies complete on the callback executor. Handlers may block.
	 */
	EXECUTOR,

	/**
	 * Handlers run on the socket's own thread, one after the other, as they are read; client
	 * replies complete (and their callbacks run) there too. Saves two thread hand-offs per
	 * message, but a handler that blocks stalls the whole endpoint: for code that computes
	 * and returns, or returns a future that completes elsewhere.
	 */
	DIRECT

}
