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

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Runs tasks on another executor with at most a given number of them at once: tasks wait
 * in a queue that at most that many tasks of the delegate (workers) drain, each until the
 * queue is empty. A new worker is only started when every running one is busy with a
 * task: a worker between two tasks takes the next one within nanoseconds, while starting
 * one wakes a parked thread. So a burst of quick tasks handed over by a socket thread
 * costs one or a few hand-offs instead of one per task, and tasks that block still get up
 * to the concurrency of workers. With a concurrency of 1, tasks run one at a time, in the
 * order they were given.
 */
public final class ZmqDrainingExecutor implements Executor {

	private static final Log logger = LogFactory.getLog(ZmqDrainingExecutor.class);

	/**
	 * One worker in {@link #state}: it counts the workers in its high half and the busy
	 * ones in its low half.
	 */
	private static final long WORKER = 1L << 32;

	private static final long BUSY = 1L;

	private final Executor delegate;

	private final int concurrency;

	private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

	private final AtomicLong state = new AtomicLong();

	private final Runnable drain = this::drain;

	/**
	 * Create an executor.
	 * @param delegate runs the workers
	 * @param concurrency how many tasks may run at once
	 */
	public ZmqDrainingExecutor(Executor delegate, int concurrency) {
		Assert.notNull(delegate, "'delegate' must not be null");
		Assert.isTrue(concurrency > 0, "'concurrency' must be positive");
		this.delegate = delegate;
		this.concurrency = concurrency;
	}

	/**
	 * Queue a task, and start a worker on the delegate when every worker is busy and
	 * fewer than the concurrency run.
	 * @param task the task
	 * @throws RejectedExecutionException when the delegate refuses the worker; the task
	 * is then not queued
	 */
	@Override
	public void execute(Runnable task) {
		this.queue.add(task);
		if (!claimWorker(true)) {
			return;
		}
		try {
			this.delegate.execute(this.drain);
		}
		catch (RejectedExecutionException ex) {
			this.state.addAndGet(-WORKER);
			if (this.queue.remove(task)) {
				throw ex;
			}
		}
	}

	/**
	 * Take a worker slot if fewer than {@code concurrency} are taken and, when
	 * {@code onlyIfNoneIdle}, no worker is between tasks (that one takes the next task).
	 */
	private boolean claimWorker(boolean onlyIfNoneIdle) {
		long current;
		while (workers(current = this.state.get()) < this.concurrency) {
			if (onlyIfNoneIdle && workers(current) > busy(current)) {
				return false;
			}
			if (this.state.compareAndSet(current, current + WORKER)) {
				return true;
			}
		}
		return false;
	}

	private static int workers(long state) {
		return (int) (state >>> 32);
	}

	private static int busy(long state) {
		return (int) state;
	}

	/**
	 * The loop of a worker. It counts as busy from before it polls the queue until its
	 * task has run, so that a task queued while it is idle is one it will poll. Whenever
	 * it takes a task and more are queued with no other worker idle, it starts a helper:
	 * so a queued task always has an idle worker coming for it unless the concurrency is
	 * reached. It gives its slot back when the queue is empty and polls once more after
	 * that, so no task is left behind.
	 */
	private void drain() {
		while (true) {
			this.state.addAndGet(BUSY);
			Runnable task = this.queue.poll();
			if (task == null) {
				this.state.addAndGet(-BUSY - WORKER);
				if (this.queue.isEmpty() || !claimWorker(false)) {
					return;
				}
				continue;
			}
			if (!this.queue.isEmpty()) {
				startHelper();
			}
			runSafely(task);
			this.state.addAndGet(-BUSY);
		}
	}

	private void startHelper() {
		if (claimWorker(true)) {
			try {
				this.delegate.execute(this.drain);
			}
			catch (RejectedExecutionException ex) {
				// this worker drains the queue alone
				this.state.addAndGet(-WORKER);
			}
		}
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
			logger.error("A task failed; the tasks queued behind it run on", ex);
		}
	}

}
