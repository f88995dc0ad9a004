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

import java.util.concurrent.Executor;
import java.util.function.Function;

import io.github.zmqspring.protocol.ZmqProtocolException;

/**
 * A request answered by one reply, completing a {@link ZmqReplyFuture}: on the socket
 * thread when the caller blocks on the future (nothing else can run there), otherwise on
 * the callback executor (which is the socket thread with direct dispatch), where the
 * reply is also converted.
 *
 * @param <T> the converted reply type
 */
final class SingleReply<T> implements PendingReply {

	private final ZmqReplyFuture<T> future;

	private final Function<ZmqReply, T> converter;

	private final Executor executor;

	private final long deadline;

	SingleReply(ZmqReplyFuture<T> future, Function<ZmqReply, T> converter, Executor executor, long deadline) {
		this.future = future;
		this.converter = converter;
		this.executor = executor;
		this.deadline = deadline;
	}

	@Override
	public long deadline() {
		return this.deadline;
	}

	@Override
	public void reply(ZmqReply reply) {
		this.executor.execute(() -> {
			try {
				this.future.complete(this.converter.apply(reply));
			}
			catch (RuntimeException ex) {
				this.future.completeExceptionally(ex);
			}
		});
	}

	@Override
	public boolean item(ZmqReply item) {
		fail(new ZmqProtocolException("The server streamed a reply to a request that expects a single one"));
		return false;
	}

	@Override
	public void end() {
		fail(new ZmqProtocolException("The server ended a stream for a request that expects a single reply"));
	}

	@Override
	public void fail(Throwable failure) {
		this.executor.execute(() -> this.future.completeExceptionally(failure));
	}

}
