package io.github.zmqspring.client;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * A pending request whose {@code zmq.client.requests} observation stops when it ends:
 * with its reply, the end of its stream, its failure or its cancellation.
 *
 * @author zmq-spring-boot
 */
final class ObservedReply implements PendingReply {

	private final PendingReply delegate;

	private final Observation observation;

	ObservedReply(PendingReply delegate, Observation observation) {
		this.delegate = delegate;
		this.observation = observation;
	}

	@Override
	public long deadline() {
		return this.delegate.deadline();
	}

	@Override
	public void reply(ZmqReply reply) {
		this.observation.stop();
		this.delegate.reply(reply);
	}

	@Override
	public boolean item(ZmqReply item) {
		boolean more = this.delegate.item(item);
		if (!more) {
			this.observation.stop();
		}
		return more;
	}

	@Override
	public void end() {
		this.observation.stop();
		this.delegate.end();
	}

	@Override
	public void fail(Throwable failure) {
		this.observation.error(failure);
		this.observation.stop();
		this.delegate.fail(failure);
	}

	@Override
	public void abandoned(@Nullable Throwable failure) {
		if (failure != null) {
			this.observation.error(failure);
		}
		else {
			this.observation.event(Observation.Event.of("cancelled"));
		}
		this.observation.stop();
	}

}
