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

package io.github.zmqspring.benchmarks;

import io.github.zmqspring.benchmarks.apps.Arrivals;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * One side of a one-way benchmark: something that sends a message, and the
 * {@link Arrivals} of the receiver. A batch sends {@link #BATCH} messages and waits until
 * all arrived.
 */
public abstract class OneWay {

	/** Messages per benchmark call. */
	public static final int BATCH = 10_000;

	private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(30);

	private Arrivals arrivals;

	private long total;

	/**
	 * The two messaging patterns measured.
	 */
	public enum Pattern {

		/** PUB to SUB, one topic. */
		PUB_SUB,

		/** PUSH to PULL. */
		PUSH_PULL

	}

	/**
	 * Send one message.
	 */
	protected abstract void send();

	/**
	 * Send until the receiver got a message (connections made, subscriptions through),
	 * then let stragglers arrive; the batches count from there.
	 * @param arrivals the receiver's counter
	 */
	protected void warmUp(Arrivals arrivals) {
		this.arrivals = arrivals;
		long deadline = System.nanoTime() + WARM_UP_TIMEOUT.toNanos();
		while (arrivals.count() == 0) {
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("Nothing arrived within " + WARM_UP_TIMEOUT);
			}
			send();
			LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
		}
		long seen;
		do {
			seen = arrivals.count();
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		while (arrivals.count() != seen);
		this.total = seen;
	}

	/**
	 * Send a batch and wait until all of it arrived.
	 */
	public void batch() {
		for (int i = 0; i < BATCH; i++) {
			send();
		}
		this.total += BATCH;
		this.arrivals.awaitTotal(this.total, BATCH_TIMEOUT);
	}

}
