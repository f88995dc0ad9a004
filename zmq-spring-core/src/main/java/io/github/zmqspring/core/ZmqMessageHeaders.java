package io.github.zmqspring.core;

import java.util.Map;

import org.springframework.messaging.MessageHeaders;

/**
 * Message headers without the random id and timestamp Spring generates by default: an
 * inbound ZeroMQ message already has its identity (correlation id, routing id), and the
 * generated ones would cost a random UUID per message on the hot path.
 *
 * @author zmq-spring-boot
 */
public final class ZmqMessageHeaders extends MessageHeaders {

	private static final long serialVersionUID = 1L;

	/**
	 * Create headers.
	 * @param headers the header values
	 */
	public ZmqMessageHeaders(Map<String, Object> headers) {
		super(headers, ID_VALUE_NONE, -1L);
	}

}
