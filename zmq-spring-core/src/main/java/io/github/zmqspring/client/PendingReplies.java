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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import io.github.zmqspring.core.ZmqException;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.TaskScheduler;

/**
 * The requests of a {@link ZmqRequestReplyClient} that wait for replies, by correlation
 * id: at most a fixed number at once; overdue ones fail with {@link ZmqTimeoutException}
 * in a periodic check, started with the first request; all fail at once when the client
 * stops, and those pending when the server connection is lost fail with
 * {@link ZmqPeerLostException} after a short grace. A request leaves the table exactly
 * once, by whichever of its reply, cancel, expiry or failure removes it first.
 */
final class PendingReplies {

	private static final Duration EXPIRY_CHECK_INTERVAL = Duration.ofMillis(20);

	private static final Duration PEER_LOSS_GRACE = Duration.ofMillis(100);

	private final String endpointId;

	private final int maxInFlight;

	private final TaskScheduler scheduler;

	private final LongConsumer onExpiry;

	private final Map<Long, PendingReply> pending = new ConcurrentHashMap<>();

	private final AtomicLong correlationIds = new AtomicLong();

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile @Nullable ScheduledFuture<?> expiryCheck;

	/**
	 * Create an empty table.
	 * @param endpointId the client endpoint's id, for failure messages
	 * @param maxInFlight how many requests may be pending at once
	 * @param scheduler runs the expiry check and the peer-loss grace
	 * @param onExpiry given the correlation id of each request that expired, after it
	 * failed
	 */
	PendingReplies(String endpointId, int maxInFlight, TaskScheduler scheduler, LongConsumer onExpiry) {
		this.endpointId = endpointId;
		this.maxInFlight = maxInFlight;
		this.scheduler = scheduler;
		this.onExpiry = onExpiry;
	}

	/**
	 * @return a new correlation id
	 */
	long nextId() {
		return this.correlationIds.incrementAndGet();
	}

	/**
	 * Add a request unless as many as allowed are pending.
	 * @param id its correlation id
	 * @param reply what receives its reply
	 * @return {@code false} when the table is full and nothing was added
	 */
	boolean add(long id, PendingReply reply) {
		if (this.inFlight.incrementAndGet() > this.maxInFlight) {
			this.inFlight.decrementAndGet();
			return false;
		}
		if (this.expiryCheck == null) {
			scheduleExpiryCheck();
		}
		this.pending.put(id, reply);
		return true;
	}

	/**
	 * @param id the correlation id
	 * @return the pending request, left in the table, or {@code null}
	 */
	@Nullable PendingReply get(long id) {
		return this.pending.get(id);
	}

	/**
	 * Take a request out of the table.
	 * @param id the correlation id
	 * @return the request, or {@code null} when it was no longer pending
	 */
	@Nullable PendingReply remove(long id) {
		PendingReply removed = this.pending.remove(id);
		if (removed != null) {
			this.inFlight.decrementAndGet();
		}
		return removed;
	}

	/**
	 * @return how many requests are pending
	 */
	int size() {
		return this.inFlight.get();
	}

	/**
	 * Fail every pending request and stop the expiry check, e.g. when the application
	 * stops; a request added later starts it again.
	 * @param reason why
	 */
	void failAll(String reason) {
		synchronized (this.pending) {
			ScheduledFuture<?> check = this.expiryCheck;
			if (check != null) {
				check.cancel(false);
				this.expiryCheck = null;
			}
		}
		fail(List.copyOf(this.pending.keySet()), () -> new ZmqException(reason));
	}

	/**
	 * The server connection was lost: fail the requests pending now after a short grace,
	 * if still pending then. Called on ZeroMQ's I/O thread, which may have received
	 * replies the socket thread has not read yet.
	 * @param reason why, the message of each failure
	 */
	void failOnPeerLoss(String reason) {
		if (this.pending.isEmpty()) {
			return;
		}
		List<Long> lost = List.copyOf(this.pending.keySet());
		this.scheduler.schedule(() -> fail(lost, () -> new ZmqPeerLostException(reason)),
				Instant.now().plus(PEER_LOSS_GRACE));
	}

	private void fail(List<Long> ids, Supplier<? extends RuntimeException> failure) {
		for (Long id : ids) {
			PendingReply removed = remove(id);
			if (removed != null) {
				removed.fail(failure.get());
			}
		}
	}

	private void scheduleExpiryCheck() {
		synchronized (this.pending) {
			if (this.expiryCheck == null) {
				this.expiryCheck = this.scheduler.scheduleAtFixedRate(this::expireOverdue, EXPIRY_CHECK_INTERVAL);
			}
		}
	}

	private void expireOverdue() {
		long now = System.nanoTime();
		for (Map.Entry<Long, PendingReply> entry : this.pending.entrySet()) {
			if (now - entry.getValue().deadline() >= 0 && remove(entry.getKey()) != null) {
				entry.getValue()
					.fail(new ZmqTimeoutException("No reply from endpoint '" + this.endpointId
							+ "' within the request timeout (request " + entry.getKey() + ")"));
				this.onExpiry.accept(entry.getKey());
			}
		}
	}

}
