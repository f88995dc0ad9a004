package io.github.zmqspring.core;

/**
 * The life-cycle states of a ZeroMQ endpoint.
 *
 * @author zmq-spring-boot
 */
public enum ZmqEndpointState {

	/** Created, not started yet, or stopped on purpose. */
	STOPPED,

	/** Its socket thread is opening the socket. */
	STARTING,

	/** Bound or connected and serving. */
	RUNNING,

	/** Open but not reading; senders are pushed back by ZeroMQ's high-water marks. */
	PAUSED,

	/** Stopping: no longer reading, finishing in-flight work. */
	STOPPING,

	/** Its socket could not be opened, or its loop died. */
	FAILED

}
