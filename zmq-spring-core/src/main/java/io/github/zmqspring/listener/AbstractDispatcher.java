package io.github.zmqspring.listener;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.zmqspring.core.ZmqDrainingExecutor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqInboundHandler;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;
import org.springframework.util.Assert;

/**
 * What both dispatchers share: messages leave the socket thread at once for the listener
 * executor, through a {@link ZmqDrainingExecutor} with the listener's concurrency (a burst
 * costs one hand-off; a concurrency of 1 handles messages one at a time, in order), and a
 * message the executor refuses (it is shutting down) is a counted drop.
 *
 * @author zmq-spring-boot
 */
abstract class AbstractDispatcher implements ZmqInboundHandler {

	private final String endpoint;

	private final ZmqDrainingExecutor executor;

	private final ListenerObservations observations;

	private @Nullable ZmqSocketLoop loop;

	AbstractDispatcher(String endpoint, Executor executor, int concurrency, ListenerObservations observations) {
		this.endpoint = endpoint;
		this.executor = new ZmqDrainingExecutor(executor, concurrency);
		this.observations = observations;
	}

	void attach(ZmqSocketLoop loop) {
		this.loop = loop;
	}

	@Override
	public final void onMessage(ZMsg message, Runnable done) {
		try {
			this.executor.execute(() -> process(message, done));
		}
		catch (RejectedExecutionException ex) {
			loop().getStatistics().dropped(ZmqDropReason.SHUTDOWN, "handler executor rejected the message");
			done.run();
		}
	}

	/**
	 * Process a message on the executor.
	 * @param message the message as received
	 * @param done to run exactly once when the message is fully processed
	 */
	protected abstract void process(ZMsg message, Runnable done);

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
