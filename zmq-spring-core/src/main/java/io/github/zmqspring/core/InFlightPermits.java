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

package io.github.zmqspring.core;

import java.util.concurrent.Semaphore;

/**
 * The in-flight permits of a {@link ZmqSocketLoop}: one per received message in process,
 * taken by the socket thread before it reads and given back by whichever thread finishes
 * the message. A loop that ran out of permits waits until a batch of them is free again
 * (waking it for every permit would cost a wake-up per message), and a release tells the
 * giver when that point is reached, so that it wakes the loop.
 * <p>
 * The socket thread alone {@link #tryAcquire() acquires} and clears the "waiting" flag: a
 * releaser that cleared it could do so after the loop had run out anew, and the loop
 * would then sleep with permits free and messages unread. The loop sets the flag before
 * it looks once more, because a release between its first look and the flag saw no
 * waiting loop and woke nobody.
 */
final class InFlightPermits {

	/**
	 * How many permits a loop that ran out of them waits for before it reads again, at
	 * most.
	 */
	private static final int RESUME_BATCH = 128;

	private final int max;

	private final Semaphore permits;

	private final int resumeThreshold;

	private volatile boolean waiting;

	/**
	 * Create the permits, all free.
	 * @param max how many messages may be in process at once
	 */
	InFlightPermits(int max) {
		this.max = max;
		this.permits = new Semaphore(max);
		this.resumeThreshold = Math.max(1, Math.min(RESUME_BATCH, max / 2));
	}

	/**
	 * Take a permit; on the socket thread only. Without one the loop waits until a batch
	 * of them is free.
	 * @return whether a permit was taken
	 */
	boolean tryAcquire() {
		if (!isAvailable()) {
			this.waiting = true;
			if (!canResume()) {
				return false;
			}
		}
		if (this.waiting) {
			this.waiting = false;
		}
		return this.permits.tryAcquire();
	}

	/**
	 * Whether the loop may read now: a permit is free, or a batch of them after it ran
	 * out. On the socket thread only, e.g. to decide whether to sleep.
	 * @return whether {@link #tryAcquire()} would take a permit
	 */
	boolean isAvailable() {
		return this.waiting ? canResume() : this.permits.availablePermits() > 0;
	}

	/**
	 * Give a permit back; from any thread. The socket thread may also give back one it
	 * took and did not use, and ignore the answer.
	 * @return whether the loop waits for permits and enough are free now: the caller must
	 * wake it
	 */
	boolean release() {
		this.permits.release();
		return this.waiting && canResume();
	}

	/**
	 * @return how many permits are taken
	 */
	int inUse() {
		return this.max - this.permits.availablePermits();
	}

	private boolean canResume() {
		return this.permits.availablePermits() >= this.resumeThreshold;
	}

}
