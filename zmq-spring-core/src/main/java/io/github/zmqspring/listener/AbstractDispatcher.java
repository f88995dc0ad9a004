package io.github.zmqspring.listener;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqDrainingExecutor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqInboundHandler;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.micrometer.observation.Observation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * What both dispatchers share: where messages are processed and how listener methods are
 * invoked. With {@link ZmqDispatchMode#EXECUTOR executor} dispatch messages leave the socket
 * thread at once for the listener executor, through a {@link ZmqDrainingExecutor} with the
 * listener's concurrency (a burst costs one hand-off; a concurrency of 1 handles messages
 * one at a time, in order), and a message the executor refuses (it is shutting down) is a
 * counted drop. With {@link ZmqDispatchMode#DIRECT direct} dispatch they are processed on
 * the socket thread as they are read, and every invocation that holds the thread longer
 * than the threshold is counted and logged, naming the method; what may wait for room in
 * the send queue (the items of a streamed reply) still goes to the executor.
 *
 * @author zmq-spring-boot
 */
abstract class AbstractDispatcher implements ZmqInboundHandler {

	private static final Log logger = LogFactory.getLog(AbstractDispatcher.class);

	private final String endpoint;

	private final ZmqDrainingExecutor executor;

	private final boolean direct;

	private final long directWarnNanos;

	private final ListenerObservations observations;

	private @Nullable ZmqSocketLoop loop;

	/**
	 * Create a dispatcher.
	 * @param endpoint the endpoint name
	 * @param dispatch where messages are processed
	 * @param executor runs the methods with executor dispatch, and streamed replies
	 * @param concurrency how many messages (or streams) are processed at once on the executor
	 * @param directWarnThreshold how long a direct invocation may take before it is reported
	 * @param observations observes the methods
	 */
	AbstractDispatcher(String endpoint, ZmqDispatchMode dispatch, Executor executor, int concurrency,
			Duration directWarnThreshold, ListenerObservations observations) {
		this.endpoint = endpoint;
		this.direct = dispatch == ZmqDispatchMode.DIRECT;
		this.executor = new ZmqDrainingExecutor(executor, concurrency);
		this.directWarnNanos = this.direct ? directWarnThreshold.toNanos() : 0;
		this.observations = observations;
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
	 * Run work that may wait for room in the send queue (the items of a streamed reply): on
	 * the executor with direct dispatch, where it cannot stall the socket thread, and at
	 * once otherwise (it already runs on the executor).
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
			logger.error("Listener of endpoint '" + this.endpoint + "' failed to process a message", ex);
		}
	}

	/**
	 * Process a message, on the executor or on the socket thread.
	 * @param message the message as received
	 * @param done to run exactly once when the message is fully processed
	 */
	protected abstract void process(ZMsg message, Runnable done);

	/**
	 * Invoke a listener method; with direct dispatch, count and log an invocation that held
	 * the socket thread longer than the threshold.
	 * @param route the method serving the message
	 * @param routeKey the route or topic it serves
	 * @param message the message
	 * @return what the method returned
	 * @throws Exception what the method or its argument resolution threw
	 */
	protected final @Nullable Object invoke(ZmqRequestDispatcher.Route route, String routeKey, Message<?> message)
			throws Exception {
		if (this.directWarnNanos == 0) {
			return route.method().invoke(message);
		}
		long start = System.nanoTime();
		try {
			return route.method().invoke(message);
		}
		finally {
			long took = System.nanoTime() - start;
			if (took > this.directWarnNanos) {
				reportSlow(route.method().getMethod(), routeKey, took);
			}
		}
	}

	private void reportSlow(Method method, String routeKey, long tookNanos) {
		loop().getStatistics()
			.slowDirect(routeKey, "listener method " + method.getDeclaringClass().getSimpleName() + "."
					+ method.getName() + " (route '" + routeKey + "') held the socket thread for "
					+ TimeUnit.NANOSECONDS.toMillis(tookNanos) + " ms with direct dispatch (threshold "
					+ TimeUnit.NANOSECONDS.toMillis(this.directWarnNanos) + " ms): the endpoint read and sent nothing "
					+ "meanwhile; a method that blocks needs executor dispatch");
	}

	/**
	 * Start the observation of a message a listener method is about to process.
	 * @param route the route or topic of the method
	 * @param message the message
	 * @return the started observation (a no-op one when not observed)
	 */
	protected final Observation observe(String route, Message<?> message) {
		return this.observations.start(this.endpoint, loop().getSocketType(), route, message);
	}

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

}
