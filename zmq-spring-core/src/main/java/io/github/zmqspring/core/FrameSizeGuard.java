package io.github.zmqspring.core;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import zmq.Msg;
import zmq.msg.MsgAllocator;

/**
 * Allocates received frames like JeroMQ's heap allocator, but survives a frame header whose
 * size is negative as a Java {@code int}: a ZMTP long frame announcing a negative 64-bit
 * size, or (with no {@code max-message-size}) one of 2 GiB or more. JeroMQ 0.6.0 checks such
 * a size only against the maximum message size, which a negative number passes, and then
 * allocates an array of that size: the {@link NegativeArraySizeException} ends the ZeroMQ
 * I/O thread and with it every connection of the context (JeroMQ issue 1005). Here the
 * frame becomes an empty one instead, and the connection carries on with the peer's
 * nonsense, which the listener counts as malformed.
 *
 * @author zmq-spring-boot
 */
final class FrameSizeGuard implements MsgAllocator {

	static final FrameSizeGuard INSTANCE = new FrameSizeGuard();

	private static final Log logger = LogFactory.getLog(FrameSizeGuard.class);

	private FrameSizeGuard() {
	}

	@Override
	public Msg allocate(int size) {
		if (size < 0) {
			logger.warn("A peer sent a ZeroMQ frame whose size does not fit in an int (" + size
					+ "): received as an empty frame");
			return new Msg(0);
		}
		return new Msg(size);
	}

}
