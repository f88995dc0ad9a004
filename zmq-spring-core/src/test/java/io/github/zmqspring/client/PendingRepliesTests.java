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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.core.ZmqException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link PendingReplies}: the in-flight limit, expiry of overdue requests (and
 * only those), failing all on shutdown, and failing on peer loss what was pending when
 * the connection was lost and is still pending after the grace. A real scheduler runs the
 * checks.
 */
class PendingRepliesTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final List<Long> expired = new CopyOnWriteArrayList<>();

	private PendingReplies table;

	@BeforeEach
	void createTable() {
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.scheduler.initialize();
		this.table = new PendingReplies("orders", 2, this.scheduler, this.expired::add);
	}

	@AfterEach
	void stopScheduler() {
		this.scheduler.shutdown();
	}

	@Test
	void refusesARequestBeyondTheLimitUntilOneLeaves() {
		Reply first = new Reply(Duration.ofMinutes(1));
		assertThat(this.table.add(this.table.nextId(), first)).isTrue();
		assertThat(this.table.add(this.table.nextId(), new Reply(Duration.ofMinutes(1)))).isTrue();
		long third = this.table.nextId();
		assertThat(this.table.add(third, new Reply(Duration.ofMinutes(1)))).isFalse();
		assertThat(this.table.size()).isEqualTo(2);
		assertThat(this.table.get(third)).isNull();

		assertThat(this.table.remove(1)).isSameAs(first);
		assertThat(this.table.remove(1)).as("a request leaves the table once").isNull();
		assertThat(this.table.size()).isOne();
		assertThat(this.table.add(third, new Reply(Duration.ofMinutes(1)))).isTrue();
		assertThat(this.table.size()).isEqualTo(2);
	}

	@Test
	void overdueRequestsFailWithATimeoutAndAreReportedWhileOthersStay() {
		Reply overdue = new Reply(Duration.ofMillis(50));
		Reply later = new Reply(Duration.ofMinutes(1));
		long overdueId = this.table.nextId();
		long laterId = this.table.nextId();
		this.table.add(overdueId, overdue);
		this.table.add(laterId, later);
		await().atMost(WAIT).until(() -> overdue.failure != null);
		assertThat(overdue.failure).isInstanceOf(ZmqTimeoutException.class)
			.hasMessageContaining("'orders'")
			.hasMessageContaining("request " + overdueId);
		assertThat(this.expired).containsExactly(overdueId);
		assertThat(this.table.get(overdueId)).isNull();
		assertThat(this.table.get(laterId)).isSameAs(later);
		assertThat(later.failure).isNull();
		assertThat(this.table.size()).isOne();
	}

	@Test
	void failAllFailsEveryPendingRequestAndStopsTheExpiryCheckUntilTheNextRequest() {
		Reply first = new Reply(Duration.ofMinutes(1));
		Reply second = new Reply(Duration.ofMinutes(1));
		this.table.add(this.table.nextId(), first);
		this.table.add(this.table.nextId(), second);
		await().atMost(WAIT).until(() -> scheduledTasks() == 1);

		this.table.failAll("The application context was closed");
		assertThat(List.of(first.failure, second.failure))
			.allSatisfy((failure) -> assertThat(failure).isExactlyInstanceOf(ZmqException.class)
				.hasMessage("The application context was closed"));
		assertThat(this.table.size()).isZero();
		await().atMost(WAIT).until(() -> scheduledTasks() == 0);

		this.table.add(this.table.nextId(), new Reply(Duration.ofMinutes(1)));
		await().atMost(WAIT).until(() -> scheduledTasks() == 1);
	}

	@Test
	void peerLossFailsAfterTheGraceWhatWasPendingThenAndIsStillPending() throws InterruptedException {
		PendingReplies table = new PendingReplies("orders", 10, this.scheduler, this.expired::add);
		Reply lost = new Reply(Duration.ofMinutes(1));
		Reply answered = new Reply(Duration.ofMinutes(1));
		Reply sentLater = new Reply(Duration.ofMinutes(1));
		table.add(1, lost);
		table.add(2, answered);
		CountDownLatch graceOver = holdScheduler();
		table.failOnPeerLoss("Endpoint 'orders' lost its connection");
		assertThat(table.remove(2)).as("a reply read during the grace").isSameAs(answered);
		table.add(3, sentLater);
		graceOver.countDown();

		await().atMost(WAIT).until(() -> lost.failure != null);
		assertThat(lost.failure).isExactlyInstanceOf(ZmqPeerLostException.class)
			.hasMessage("Endpoint 'orders' lost its connection");
		assertThat(answered.failure).isNull();
		assertThat(sentLater.failure).isNull();
		assertThat(table.get(3)).isSameAs(sentLater);
		assertThat(table.size()).isOne();
	}

	@Test
	void peerLossWithNothingPendingSchedulesNothing() {
		this.table.failOnPeerLoss("lost");
		assertThat(scheduledTasks()).isZero();
	}

	/**
	 * Keep the scheduler's one thread busy until the latch opens, so that the grace
	 * cannot end before.
	 */
	private CountDownLatch holdScheduler() throws InterruptedException {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.scheduler.execute(() -> {
			running.countDown();
			try {
				release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(running.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		return release;
	}

	/**
	 * @return the tasks waiting for their time: the expiry check while it runs, the grace
	 */
	private int scheduledTasks() {
		return this.scheduler.getScheduledThreadPoolExecutor().getQueue().size();
	}

	private static final class Reply implements PendingReply {

		private final long deadline;

		private volatile @Nullable Throwable failure;

		Reply(Duration timeout) {
			this.deadline = ZmqRequestReplyClient.deadline(timeout);
		}

		@Override
		public long deadline() {
			return this.deadline;
		}

		@Override
		public void reply(ZmqReply reply) {
			throw new IllegalStateException("no reply expected");
		}

		@Override
		public boolean item(ZmqReply item) {
			throw new IllegalStateException("no stream expected");
		}

		@Override
		public void end() {
			throw new IllegalStateException("no stream expected");
		}

		@Override
		public void fail(Throwable failure) {
			this.failure = failure;
		}

	}

}
