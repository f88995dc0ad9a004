package io.github.zmqspring.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * Tests for {@link ZmqDrainingExecutor}: at most the concurrency runs at once, order is kept
 * at a concurrency of 1, a failing task does not stop the ones behind it, and a refused
 * hand-off leaves nothing queued.
 *
 * @author zmq-spring-boot
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
		// a slot kept after the first refusal would make the second task wait in the queue silently
		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> executor.execute(() -> {
		}));
		assertThatExceptionOfType(RejectedExecutionException.class).isThrownBy(() -> executor.execute(() -> {
		}));
	}

}
