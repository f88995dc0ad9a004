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

package io.github.zmqspring.client;

import io.github.zmqspring.observation.ZmqClientObservationContext;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * A pending request whose {@code zmq.client.requests} observation stops when it ends:
 * with the end of its stream, its failure or its cancellation, and with its reply unless
 * the reply's converter stops it (single replies: the converter runs on the callback
 * executor, which keeps the observation's work off the socket thread).
 */
final class ObservedReply implements PendingReply {

	private final PendingReply delegate;

	private final Observation observation;

	private final boolean stopOnReply;

	ObservedReply(PendingReply delegate, Observation observation, boolean stopOnReply) {
		this.delegate = delegate;
		this.observation = observation;
		this.stopOnReply = stopOnReply;
	}

	@Override
	public long deadline() {
		return this.delegate.deadline();
	}

	@Override
	public void reply(ZmqReply reply) {
		if (this.stopOnReply) {
			this.observation.stop();
		}
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
		error(failure);
		this.observation.stop();
		this.delegate.fail(failure);
	}

	@Override
	public void abandoned(@Nullable Throwable failure) {
		if (failure != null) {
			error(failure);
		}
		else {
			this.observation.event(Observation.Event.of("cancelled"));
		}
		this.observation.stop();
	}

	private void error(Throwable failure) {
		if (failure instanceof ZmqTimeoutException
				&& this.observation.getContext() instanceof ZmqClientObservationContext context) {
			context.setTimedOut(true);
		}
		this.observation.error(failure);
	}

}
