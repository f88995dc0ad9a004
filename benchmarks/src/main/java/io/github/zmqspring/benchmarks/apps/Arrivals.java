/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.benchmarks.apps;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts messages arriving at a receiver and lets one benchmark thread wait, parked and
 * without spinning, until a total has arrived. The same counter serves the starter's
 * listeners and the raw receivers, so both pay the same per message.
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

	/**
	 * @return how many messages arrived so far
	 */
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
