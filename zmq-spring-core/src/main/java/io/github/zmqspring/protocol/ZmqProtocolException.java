package io.github.zmqspring.protocol;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown when a frame that claims to be an envelope cannot be decoded: bad signature,
 * unsupported version, unknown kind, a length field that runs past the end of the frame,
 * trailing bytes, or an invalid header. It is the only exception
 * {@link ZmqEnvelopeCodec#decode(byte[])} throws for bad input; a receiver answers it with
 * {@link ZmqStatus#BAD_REQUEST}.
 *
 * @author zmq-spring-boot
 */
public class ZmqProtocolException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message what is wrong and where
	 */
	public ZmqProtocolException(String message) {
		super(message);
	}

}
