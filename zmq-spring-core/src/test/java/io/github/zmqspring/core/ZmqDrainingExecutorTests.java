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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqDrainingExecutor}: at most the concurrency runs at once, order is
 * kept at a concurrency of 1, a worker is started only when none is idle (and then up to
 * the concurrency while tasks block), a failing task does not stop the ones behind it,
 * and a refused hand-off leaves nothing queued.
 */
class ZmqDrainingExecutorTests {

	private final ExecutorService pool = Executors.newFixedThreadPool(8);

	@AfterEach
	void shutDown() {
		this.pool.shutdownNow();
	}

	@Test
	void concurrencyOfOneRunsTasksOneAtATimeInOrder() {
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(this.pool, 1);
		List<Integer> ran = new CopyOnWriteArrayList<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		for (int i = 0; i < 20_000; i++) {
			int task = i;
			executor.execute(() -> {
				if (running.incrementAndGet() > 1) {
					overlaps.incrementAndGet();
				}
				ran.add(task);
				running.decrementAndGet();
			});
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 20_000);
		assertThat(overlaps).hasValue(0);
		for (int i = 0; i < ran.size(); i++) {
			assertThat(ran.get(i)).isEqualTo(i);
		}
	}

	@Test
	void neverRunsMoreThanItsConcurrencyFromManyThreads() throws Exception {
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(this.pool, 3);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger highest = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		ExecutorService producers = Executors.newFixedThreadPool(4);
		try {
			for (int p = 0; p < 4; p++) {
				producers.execute(() -> {
					for (int i = 0; i < 5_000; i++) {
						executor.execute(() -> {
							highest.accumulateAndGet(running.incrementAndGet(), Math::max);
							Thread.onSpinWait();
							running.decrementAndGet();
							done.incrementAndGet();
						});
					}
				});
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> done.get() == 20_000);
		}
		finally {
			producers.shutdownNow();
		}
		assertThat(highest.get()).isBetween(1, 3);
	}

	@Test
	void tasksQueuedWhileAWorkerIsIdleStartNoFurtherWorker() {
		List<Runnable> handedOff = new ArrayList<>();
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(handedOff::add, 4);
		AtomicInteger ran = new AtomicInteger();
		for (int i = 0; i < 10; i++) {
			executor.execute(ran::incrementAndGet);
		}
		// the first worker has not started yet: it counts as idle and will take them all
		assertThat(handedOff).hasSize(1);
		handedOff.remove(0).run();
		assertThat(ran).hasValue(10);
		// it found tasks queued behind the one it took and no idle worker: one helper was
		// asked for
		assertThat(handedOff).hasSize(1);
		handedOff.remove(0).run();
		executor.execute(ran::incrementAndGet);
		assertThat(handedOff).hasSize(1);
	}

	@Test
	void whenEveryWorkerIsBlockedThenANewTaskStartsAnotherUpToTheConcurrency() throws Exception {
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(this.pool, 3);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		try {
			for (int i = 1; i <= 4; i++) {
				executor.execute(() -> {
					running.incrementAndGet();
					awaitQuietly(release);
				});
				int expected = Math.min(i, 3);
				await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == expected);
			}
			assertThat(running).hasValue(3);
		}
		finally {
			release.countDown();
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 4);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aFailingTaskDoesNotStopTheTasksBehindIt() {
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(this.pool, 1);
		ConcurrentLinkedQueue<String> ran = new ConcurrentLinkedQueue<>();
		executor.execute(() -> {
			throw new IllegalStateException("handler bug");
		});
		executor.execute(() -> ran.add("next"));
		await().atMost(Duration.ofSeconds(5)).until(() -> ran.contains("next"));
	}

	@Test
	void whenTheDelegateRefusesThenTheTaskIsNotQueuedAndNoSlotIsLost() {
		this.pool.shutdown();
		ZmqDrainingExecutor executor = new ZmqDrainingExecutor(this.pool, 1);
		// a slot kept after the first refusal would make the second task wait in the
		// queue silently
		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> executor.execute(() -> {
		}));
		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> executor.execute(() -> {
		}));
	}

}
