package io.github.zmqspring.core;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import zmq.Msg;
import zmq.ZMQ;
import zmq.msg.MsgAllocator;

/**
 * Allocates received frames with JeroMQ's default allocator (heap, direct above its
 * threshold), but survives a frame header whose
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

	private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

	private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

	private FrameSizeGuard() {
	}

	@Override
	public Msg allocate(int size) {
		if (size >= 0) {
			return ZMQ.DEFAULT_MSG_ALLOCATOR.allocate(size);
		}
		long now = System.nanoTime();
		long last = this.lastLog.get();
		// a peer can send such frames on purpose: warn at most once per ten seconds
		if (now - last >= LOG_INTERVAL_NANOS && this.lastLog.compareAndSet(last, now)) {
			logger.warn("A peer sent a ZeroMQ frame whose size does not fit in an int (" + size
					+ "): received as an empty frame (further ones within 10s are not logged)");
		}
		return new Msg(0);
	}

}
