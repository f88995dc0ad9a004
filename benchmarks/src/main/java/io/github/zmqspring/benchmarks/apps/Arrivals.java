package io.github.zmqspring.benchmarks.apps;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts messages arriving at a receiver and lets one benchmark thread wait, parked and
 * without spinning, until a total has arrived. The same counter serves the starter's
 * listeners and the raw receivers, so both pay the same per message.
 *
 * @author zmq-spring-boot
 */
public final class Arrivals {

	private final AtomicLong count = new AtomicLong();

	private volatile long target = Long.MAX_VALUE;

	private volatile Thread waiter;

	/**
	 * Count one message.
	 */
	public void arrived() {
		if (this.count.incrementAndGet() >= this.target) {
			Thread thread = this.waiter;
			if (thread != null) {
				LockSupport.unpark(thread);
			}
		}
	}

	/** @return how many messages arrived so far */
	public long count() {
		return this.count.get();
	}

	/**
	 * Wait until {@code total} messages arrived in all.
	 * @param total the total to wait for
	 * @param timeout how long to wait at most
	 * @throws IllegalStateException when fewer arrived in time (a message was lost)
	 */
	public void awaitTotal(long total, Duration timeout) {
		this.waiter = Thread.currentThread();
		this.target = total;
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			while (this.count.get() < total) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new IllegalStateException(
							"Only " + this.count.get() + " of " + total + " messages arrived within " + timeout);
				}
				LockSupport.parkNanos(this, left);
			}
		}
		finally {
			this.target = Long.MAX_VALUE;
			this.waiter = null;
		}
	}

}
