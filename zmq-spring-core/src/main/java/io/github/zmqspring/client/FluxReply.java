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

import java.time.Duration;
import java.util.concurrent.Executor;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * A streamed reply delivered as a {@code Flux}: elements are pushed into a sink on the
 * socket thread and published to the subscriber on the callback executor, in order. Each
 * element renews the timeout. Cancelling the subscription cancels the request on the
 * server. Loaded only when Reactor is present.
 */
final class FluxReply implements PendingReply {

	private static final Sinks.EmitFailureHandler RETRY = Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));

	private final Sinks.Many<ZmqReply> sink = Sinks.many().unicast().onBackpressureBuffer();

	private final long timeoutNanos;

	private volatile long deadline;

	private FluxReply(Duration timeout) {
		this.timeoutNanos = timeout.toNanos();
		this.deadline = System.nanoTime() + this.timeoutNanos;
	}

	/**
	 * Create the {@code Flux} of a streamed request; the request is sent on subscription.
	 * @param client the client to send it with
	 * @param request the request
	 * @param executor where the subscriber receives the elements
	 * @return the elements
	 */
	static Flux<ZmqReply> stream(ZmqRequestReplyClient client, ZmqRequest request, Executor executor) {
		return Flux.defer(() -> {
			FluxReply reply = new FluxReply(request.timeout());
			long id = client.stream(request, reply);
			return reply.sink.asFlux().publishOn(Schedulers.fromExecutor(executor)).doOnCancel(() -> client.cancel(id));
		});
	}

	@Override
	public long deadline() {
		return this.deadline;
	}

	@Override
	public void reply(ZmqReply reply) {
		this.sink.emitNext(reply, RETRY);
		this.sink.emitComplete(RETRY);
	}

	@Override
	public boolean item(ZmqReply item) {
		this.deadline = System.nanoTime() + this.timeoutNanos;
		this.sink.emitNext(item, RETRY);
		return true;
	}

	@Override
	public void end() {
		this.sink.emitComplete(RETRY);
	}

	@Override
	public void fail(Throwable failure) {
		this.sink.emitError(failure, RETRY);
	}

}
