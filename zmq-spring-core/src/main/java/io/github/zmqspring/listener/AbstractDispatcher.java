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

package io.github.zmqspring.listener;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqDrainingExecutor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqInboundHandler;
import io.github.zmqspring.core.ZmqSocketLoop;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.util.Assert;

/**
 * What both dispatchers share: where messages are processed (how the listener methods are
 * invoked is the {@link ListenerInvoker}'s). With {@link ZmqDispatchMode#EXECUTOR
 * executor} dispatch messages leave the socket thread at once for the listener executor,
 * through a {@link ZmqDrainingExecutor} with the listener's concurrency (a burst costs
 * one hand-off; a concurrency of 1 handles messages one at a time, in order), and a
 * message the executor refuses (it is shutting down) is a counted drop. With
 * {@link ZmqDispatchMode#DIRECT direct} dispatch they are processed on the socket thread
 * as they are read (the invoker reports an invocation that holds the thread too long);
 * what may wait for room in the send queue (the items of a streamed reply) still goes to
 * the executor.
 */
abstract class AbstractDispatcher implements ZmqInboundHandler {

	private static final Log logger = LogFactory.getLog(AbstractDispatcher.class);

	private final ListenerInvoker invoker;

	private final ZmqDrainingExecutor executor;

	private final boolean direct;

	private @Nullable ZmqSocketLoop loop;

	/**
	 * Create a dispatcher.
	 * @param invoker invokes the listener methods
	 * @param dispatch where messages are processed
	 * @param executor runs the methods with executor dispatch, and streamed replies
	 * @param concurrency how many messages (or streams) are processed at once on the
	 * executor
	 */
	AbstractDispatcher(ListenerInvoker invoker, ZmqDispatchMode dispatch, Executor executor, int concurrency) {
		this.invoker = invoker;
		this.direct = dispatch == ZmqDispatchMode.DIRECT;
		this.executor = new ZmqDrainingExecutor(executor, concurrency);
	}

	void attach(ZmqSocketLoop loop) {
		this.loop = loop;
	}

	@Override
	public final void onMessage(ZMsg message, Runnable done) {
		if (this.direct) {
			processDirect(message, done);
		}
		else {
			offSocketThread(() -> process(message, done), done);
		}
	}

	@Override
	public final boolean runsOnSocketThread() {
		return this.direct;
	}

	/**
	 * Run work that may wait for room in the send queue (the items of a streamed reply):
	 * on the executor with direct dispatch, where it cannot stall the socket thread, and
	 * at once otherwise (it already runs on the executor).
	 * @param work the work
	 * @param done what ends the message's processing when the executor refuses the work
	 */
	protected final void offSocketThreadIfDirect(Runnable work, Runnable done) {
		if (this.direct) {
			offSocketThread(work, done);
		}
		else {
			work.run();
		}
	}

	private void offSocketThread(Runnable work, Runnable done) {
		try {
			this.executor.execute(work);
		}
		catch (RejectedExecutionException ex) {
			loop().getStatistics().dropped(ZmqDropReason.SHUTDOWN, "handler executor rejected the message");
			done.run();
		}
	}

	/**
	 * Process a message on the socket thread. Like a task of the executor, a failure that
	 * escapes {@link #process} is logged and does not end the loop.
	 */
	private void processDirect(ZMsg message, Runnable done) {
		try {
			process(message, done);
		}
		catch (RuntimeException ex) {
			logger.error("Listener of endpoint '" + this.invoker.endpoint() + "' failed to process a message", ex);
		}
	}

	/**
	 * Process a message, on the executor or on the socket thread.
	 * @param message the message as received
	 * @param done to run exactly once when the message is fully processed
	 */
	protected abstract void process(ZMsg message, Runnable done);

	/**
	 * @return what invokes the listener methods
	 */
	protected final ListenerInvoker invoker() {
		return this.invoker;
	}

	/**
	 * @return the endpoint name
	 */
	protected final String endpoint() {
		return this.invoker.endpoint();
	}

	/**
	 * @return the socket loop this dispatcher serves
	 */
	protected final ZmqSocketLoop loop() {
		ZmqSocketLoop current = this.loop;
		Assert.state(current != null, "Dispatcher is not attached to a socket loop");
		return current;
	}

}
