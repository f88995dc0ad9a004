package io.github.zmqspring.core;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Runs tasks on another executor with at most a given number of them at once: tasks wait in
 * a queue that at most that many tasks of the delegate drain, each until the queue is empty.
 * A burst of tasks handed over by a socket thread so costs one hand-off to the delegate
 * instead of one thread wake-up per task; with a concurrency of 1, tasks run one at a time,
 * in the order they were given.
 *
 * @author zmq-spring-boot
 */
public final class ZmqDrainingExecutor implements Executor {

	private static final Log logger = LogFactory.getLog(ZmqDrainingExecutor.class);

	private final Executor delegate;

	private final int concurrency;

	private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger workers = new AtomicInteger();

	private final Runnable drain = this::drain;

	/**
	 * Create an executor.
	 * @param delegate runs the draining tasks
	 * @param concurrency how many tasks may run at once
	 */
	public ZmqDrainingExecutor(Executor delegate, int concurrency) {
		Assert.notNull(delegate, "'delegate' must not be null");
		Assert.isTrue(concurrency > 0, "'concurrency' must be positive");
		this.delegate = delegate;
		this.concurrency = concurrency;
	}

	/**
	 * Queue a task, and start a draining task on the delegate when fewer than the
	 * concurrency run.
	 * @param task the task
	 * @throws RejectedExecutionException when the delegate refuses the draining task; the
	 * task is then not queued
	 */
	@Override
	public void execute(Runnable task) {
		this.queue.add(task);
		if (!claimWorker()) {
			return;
		}
		try {
			this.delegate.execute(this.drain);
		}
		catch (RejectedExecutionException ex) {
			this.workers.decrementAndGet();
			if (this.queue.remove(task)) {
				throw ex;
			}
		}
	}

	/**
	 * Take a worker slot if fewer than {@code concurrency} are taken; a worker polls the
	 * queue once more after it gives its slot back, so no task is left behind.
	 */
	private boolean claimWorker() {
		int current;
		while ((current = this.workers.get()) < this.concurrency) {
			if (this.workers.compareAndSet(current, current + 1)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Run a task; a task that throws must not end the draining (its slot would never be
	 * given back and the tasks behind it would wait forever), so it is logged instead.
	 */
	private static void runSafely(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException | Error ex) {
			logger.error("A task failed on a listener executor; the next tasks run on", ex);
		}
	}

	private void drain() {
		do {
			Runnable task;
			while ((task = this.queue.poll()) != null) {
				runSafely(task);
			}
			this.workers.decrementAndGet();
		}
		while (!this.queue.isEmpty() && claimWorker());
	}

}
