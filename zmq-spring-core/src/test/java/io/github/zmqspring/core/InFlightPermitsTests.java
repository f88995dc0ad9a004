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

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link InFlightPermits}: a loop that ran out of permits reads again only once
 * a batch is free, the release that frees the batch (and no other) asks for a wake-up,
 * and under many threads releasing at once a loop that sleeps while it waits for permits
 * is always woken when they are free.
 */
class InFlightPermitsTests {

	private final ExecutorService workers = Executors.newFixedThreadPool(4);

	@AfterEach
	void shutDown() {
		this.workers.shutdownNow();
	}

	@Test
	void permitsAreTakenUntilNoneIsFree() {
		InFlightPermits permits = new InFlightPermits(3);
		assertThat(permits.isAvailable()).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(permits.tryAcquire()).isTrue();
		}
		assertThat(permits.inUse()).isEqualTo(3);
		assertThat(permits.isAvailable()).isFalse();
		assertThat(permits.tryAcquire()).isFalse();
	}

	@Test
	void aLoopThatRanOutWaitsForABatchAndOnlyTheReleaseThatFreesItAsksForAWakeUp() {
		InFlightPermits permits = new InFlightPermits(8);
		while (permits.tryAcquire()) {
			// take them all, and one more try: the loop now waits
		}
		assertThat(permits.inUse()).isEqualTo(8);
		for (int i = 0; i < 3; i++) {
			assertThat(permits.release()).as("release %d of the batch of 4", i + 1).isFalse();
			assertThat(permits.isAvailable()).isFalse();
			assertThat(permits.tryAcquire()).isFalse();
		}
		assertThat(permits.release()).as("the release that frees half of them").isTrue();
		assertThat(permits.isAvailable()).isTrue();
		assertThat(permits.tryAcquire()).isTrue();
		assertThat(permits.release()).as("a release while the loop reads asks for nothing").isFalse();
	}

	@Test
	void aLoopThatDidNotRunOutIsNeverWoken() {
		InFlightPermits permits = new InFlightPermits(4);
		permits.tryAcquire();
		permits.tryAcquire();
		assertThat(permits.release()).isFalse();
		assertThat(permits.release()).isFalse();
		assertThat(permits.inUse()).isZero();
	}

	@Test
	void theBatchIsAtMost128Permits() {
		InFlightPermits permits = new InFlightPermits(1000);
		while (permits.tryAcquire()) {
			// run out
		}
		for (int i = 0; i < 127; i++) {
			assertThat(permits.release()).isFalse();
		}
		assertThat(permits.release()).isTrue();
	}

	/**
	 * A socket loop in miniature hands 100,000 messages to four worker threads, each
	 * under a permit the worker gives back; out of permits it sleeps until a release
	 * wakes it, as the real loop sleeps in its selector. A sleep that ends without a
	 * wake-up while permits are free is a lost wake-up (the miniature stops at the
	 * first): without the test's bound the loop would sleep for ever with permits free
	 * and messages waiting.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 16, 300 })
	void aLoopWaitingForPermitsIsAlwaysWokenWhenTheyAreFree(int max) {
		MiniLoop loop = new MiniLoop(new InFlightPermits(max), 100_000);
		Thread thread = new Thread(loop, "permits-loop");
		thread.start();
		await().atMost(Duration.ofSeconds(120)).until(() -> !thread.isAlive());
		assertThat(loop.lostWakeUps).as("sleeps that ended with permits free and no wake-up").hasValue(0);
		await().atMost(Duration.ofSeconds(10)).until(() -> loop.processed.get() == loop.total);
		assertThat(loop.sleeps).as("times the loop ran out of permits and slept").hasValueGreaterThan(100);
		assertThat(loop.permits.inUse()).isZero();
	}

	private final class MiniLoop implements Runnable {

		/** How long a wake-up may take to arrive before it counts as lost. */
		private static final long WAKE_UP_LIMIT_MILLIS = 2000;

		private final InFlightPermits permits;

		private final int total;

		private final AtomicInteger processed = new AtomicInteger();

		private final AtomicInteger sleeps = new AtomicInteger();

		private final AtomicInteger lostWakeUps = new AtomicInteger();

		private final AtomicBoolean signalled = new AtomicBoolean();

		private final Semaphore wakeUps = new Semaphore(0);

		MiniLoop(InFlightPermits permits, int total) {
			this.permits = permits;
			this.total = total;
		}

		@Override
		public void run() {
			int dispatched = 0;
			try {
				while (dispatched < this.total) {
					boolean progress = false;
					while (dispatched < this.total && this.permits.tryAcquire()) {
						dispatched++;
						progress = true;
						InFlightPermitsTests.this.workers.execute(this::process);
					}
					if (!progress) {
						this.signalled.set(false);
						if (!this.permits.isAvailable() && !sleep()) {
							return;
						}
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/**
		 * Sleep until woken; a sleep that outlasts the limit is fine while the workers
		 * still hold the permits, and a lost wake-up when they are free.
		 * @return {@code false} after a lost wake-up
		 */
		private boolean sleep() throws InterruptedException {
			this.sleeps.incrementAndGet();
			if (!this.wakeUps.tryAcquire(WAKE_UP_LIMIT_MILLIS, TimeUnit.MILLISECONDS) && this.permits.isAvailable()
					&& !this.wakeUps.tryAcquire(WAKE_UP_LIMIT_MILLIS, TimeUnit.MILLISECONDS)) {
				this.lostWakeUps.incrementAndGet();
				return false;
			}
			return true;
		}

		private void process() {
			for (int spins = ThreadLocalRandom.current().nextInt(50); spins > 0; spins--) {
				Thread.onSpinWait();
			}
			this.processed.incrementAndGet();
			if (this.permits.release()) {
				wakeUp();
			}
		}

		/**
		 * Wake the loop at most once per sleep, as {@link AbstractZmqEndpoint#wakeup()}
		 * does.
		 */
		private void wakeUp() {
			if (!this.signalled.getAndSet(true)) {
				this.wakeUps.release();
			}
		}

	}

}
