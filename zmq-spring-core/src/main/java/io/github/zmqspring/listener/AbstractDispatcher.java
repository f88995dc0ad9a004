package io.github.zmqspring.listener;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqInboundHandler;
import io.github.zmqspring.core.ZmqSocketLoop;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.util.Assert;

/**
 * What both dispatchers share: messages leave the socket thread at once for a queue that at
 * most {@code concurrency} tasks on the listener executor drain, so that a burst of messages
 * costs one hand-off, not one per message, and a listener with a concurrency of 1 handles
 * its messages one at a time in the order they arrived. A message the executor refuses (it
 * is shutting down) is a counted drop.
 *
 * @author zmq-spring-boot
 */
abstract class AbstractDispatcher implements ZmqInboundHandler {

	private final String endpoint;

	private final Executor executor;

	private final int concurrency;

	private final Queue<Inbound> queue = new ConcurrentLinkedQueue<>();

	private final AtomicInteger workers = new AtomicInteger();

	private @Nullable ZmqSocketLoop loop;

	AbstractDispatcher(String endpoint, Executor executor, int concurrency) {
		Assert.isTrue(concurrency > 0, "'concurrency' must be positive");
		this.endpoint = endpoint;
		this.executor = executor;
		this.concurrency = concurrency;
	}

	void attach(ZmqSocketLoop loop) {
		this.loop = loop;
	}

	@Override
	public final void onMessage(ZMsg message, Runnable done) {
		this.queue.add(new Inbound(message, done));
		if (claimWorker()) {
			try {
				this.executor.execute(this::drain);
			}
			catch (RejectedExecutionException ex) {
				this.workers.decrementAndGet();
				dropQueued();
			}
		}
	}

	/**
	 * Take a worker slot if fewer than {@code concurrency} workers drain the queue; a
	 * worker that holds a slot polls the queue again before it gives the slot back.
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

	private void drain() {
		do {
			Inbound next;
			while ((next = this.queue.poll()) != null) {
				process(next.message(), next.done());
			}
			this.workers.decrementAndGet();
		}
		while (!this.queue.isEmpty() && claimWorker());
	}

	private void dropQueued() {
		Inbound next;
		while ((next = this.queue.poll()) != null) {
			loop().getStatistics().dropped(ZmqDropReason.SHUTDOWN, "handler executor rejected the message");
			next.done().run();
		}
	}

	/**
	 * Process a message on the executor.
	 * @param message the message as received
	 * @param done to run exactly once when the message is fully processed
	 */
	protected abstract void process(ZMsg message, Runnable done);

	/** @return the endpoint name */
	protected final String endpoint() {
		return this.endpoint;
	}

	/** @return the socket loop this dispatcher serves */
	protected final ZmqSocketLoop loop() {
		ZmqSocketLoop current = this.loop;
		Assert.state(current != null, "Dispatcher is not attached to a socket loop");
		return current;
	}

	/**
	 * A received message and what to run once it is processed.
	 */
	private record Inbound(ZMsg message, Runnable done) {
	}

}
