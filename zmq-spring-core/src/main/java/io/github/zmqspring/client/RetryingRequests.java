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

import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

import io.github.zmqspring.core.ZmqRetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The Lazy Pirate on top of a {@link ZmqRequestReplyClient}: a request that got no reply
 * ({@link ZmqTimeoutException}, or {@link ZmqPeerLostException} when its only server went
 * away) is sent again, after a growing delay, up to the retry settings' maximum; before a
 * retry the client re-opens its connections when nothing at all arrived since the failed
 * attempt was sent (the connection may be dead without TCP knowing). A
 * {@link ZmqRemoteException} is an answer, never retried. Blocking calls retry on the
 * caller's thread with Spring's {@link RetryTemplate}; asynchronous ones schedule their
 * next attempt on the client's task scheduler and block no thread.
 */
final class RetryingRequests {

	private final ZmqRequestReplyClient client;

	private final @Nullable RetryPolicy policy;

	private final TaskScheduler scheduler;

	/**
	 * Create an instance; with retries disabled, requests pass straight through.
	 * @param client the client
	 * @param settings the retry settings
	 * @param scheduler runs delayed asynchronous attempts
	 */
	RetryingRequests(ZmqRequestReplyClient client, ZmqRetrySettings settings, TaskScheduler scheduler) {
		this.client = client;
		this.policy = settings.isEnabled() ? settings.toRetryPolicy(RetryingRequests::isRetryable) : null;
		this.scheduler = scheduler;
	}

	/**
	 * Whether a failed request may be sent again: it got no answer (timeout) or its
	 * server went away. A remote error is an answer and is never retried.
	 * @param failure why the attempt failed
	 * @return whether to retry
	 */
	static boolean isRetryable(Throwable failure) {
		return failure instanceof ZmqTimeoutException || failure instanceof ZmqPeerLostException;
	}

	/**
	 * Send a request and wait for its reply, retrying on the caller's thread.
	 * @param request the request
	 * @return the reply
	 */
	ZmqReply requestAndWait(ZmqRequest request) {
		RetryPolicy policy = this.policy;
		if (policy == null) {
			return this.client.requestAndWait(request);
		}
		long[] receivedWhenSent = { -1 };
		return new RetryTemplate(policy).invoke(() -> {
			reconnectIfSilent(receivedWhenSent[0]);
			receivedWhenSent[0] = this.client.getEndpoint().getStatistics().getReceived();
			return this.client.requestAndWait(request);
		});
	}

	/**
	 * Send a request and return the future of its converted reply; retries are scheduled,
	 * no thread waits. Cancelling the future cancels the current attempt.
	 * @param <T> the reply type
	 * @param request the request
	 * @param converter converts the reply
	 * @return the future reply
	 */
	<T> ZmqReplyFuture<T> request(ZmqRequest request, Function<ZmqReply, T> converter) {
		RetryPolicy policy = this.policy;
		if (policy == null) {
			return this.client.request(request, converter);
		}
		Attempts<T> attempts = new Attempts<>(request, converter, policy);
		attempts.next();
		return attempts.result;
	}

	private void reconnectIfSilent(long receivedWhenSent) {
		if (receivedWhenSent >= 0) {
			this.client.reconnectIfSilent(receivedWhenSent);
		}
	}

	/**
	 * The attempts of one asynchronous request.
	 */
	private final class Attempts<T> {

		private final ZmqRequest request;

		private final Function<ZmqReply, T> converter;

		private final RetryPolicy policy;

		private final BackOffExecution backOff;

		private final ZmqReplyFuture<T> result = new ZmqReplyFuture<>(this::cancel);

		private volatile @Nullable ZmqReplyFuture<T> current;

		private volatile @Nullable ScheduledFuture<?> waiting;

		private long receivedWhenSent = -1;

		Attempts(ZmqRequest request, Function<ZmqReply, T> converter, RetryPolicy policy) {
			this.request = request;
			this.converter = converter;
			this.policy = policy;
			this.backOff = policy.getBackOff().start();
		}

		void next() {
			if (this.result.isDone()) {
				return;
			}
			reconnectIfSilent(this.receivedWhenSent);
			this.receivedWhenSent = RetryingRequests.this.client.getEndpoint().getStatistics().getReceived();
			ZmqReplyFuture<T> attempt;
			try {
				attempt = RetryingRequests.this.client.request(this.request, this.converter);
			}
			catch (RuntimeException ex) {
				failed(ex);
				return;
			}
			this.current = attempt;
			attempt.whenComplete((value, ex) -> {
				if (ex == null) {
					this.result.complete(value);
				}
				else {
					failed((ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex);
				}
			});
		}

		private void failed(Throwable failure) {
			if (this.result.isDone()) {
				return;
			}
			long delay = this.policy.shouldRetry(failure) ? this.backOff.nextBackOff() : BackOffExecution.STOP;
			if (delay == BackOffExecution.STOP) {
				this.result.completeExceptionally(failure);
				return;
			}
			this.waiting = RetryingRequests.this.scheduler.schedule(this::next, Instant.now().plusMillis(delay));
		}

		private void cancel() {
			ZmqReplyFuture<T> attempt = this.current;
			if (attempt != null) {
				attempt.cancel(false);
			}
			ScheduledFuture<?> scheduled = this.waiting;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

	}

}
