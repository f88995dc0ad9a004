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

package io.github.zmqspring.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqRouterBacklog}: a scripted send stands in for the ROUTER socket,
 * with a set of peers whose queues are full, and the clock is passed in by hand.
 */
class ZmqRouterBacklogTests {

	private static final long NOW = 1_000_000L;

	private static final long LATER = NOW + 1_000_000_000L;

	private final ZmqRouterBacklog backlog = new ZmqRouterBacklog();

	private final Set<String> fullPeers = new HashSet<>();

	private final List<String> attempts = new ArrayList<>();

	private final List<String> sent = new ArrayList<>();

	private final List<String> expired = new ArrayList<>();

	private final Predicate<ZMsg> send = (message) -> {
		this.attempts.add(body(message));
		if (this.fullPeers.contains(peer(message))) {
			return false;
		}
		this.sent.add(body(message));
		return true;
	};

	@Test
	void whenEmptyThenRetryDoesNothing() {
		assertThat(this.backlog.isEmpty()).isTrue();
		assertThat(this.backlog.size()).isZero();
		assertThat(retry(NOW)).isZero();
		assertThat(this.attempts).isEmpty();
	}

	@Test
	void whenPeerIsStillFullThenItsLaterMessagesAreNotEvenTried() {
		this.fullPeers.add("A");
		park("A", "a1", LATER);
		park("A", "a2", LATER);
		park("A", "a3", LATER);
		assertThat(retry(NOW)).isZero();
		assertThat(this.attempts).containsExactly("a1");
		assertThat(this.sent).isEmpty();
		assertThat(this.backlog.size()).isEqualTo(3);
		this.fullPeers.clear();
		assertThat(retry(NOW)).isEqualTo(3);
		assertThat(this.sent).containsExactly("a1", "a2", "a3");
		assertThat(this.backlog.isEmpty()).isTrue();
	}

	@Test
	void whenOnlyTheFirstMessageOfAPeerDoesNotFitThenTheLaterOnesDoNotOvertakeIt() {
		// a send that would take a2 and a3 but not a1 (think of a1 as the big one)
		Predicate<ZMsg> allButA1 = (message) -> {
			this.attempts.add(body(message));
			if (body(message).equals("a1")) {
				return false;
			}
			this.sent.add(body(message));
			return true;
		};
		park("A", "a1", LATER);
		park("A", "a2", LATER);
		park("A", "a3", LATER);
		for (int turn = 0; turn < 3; turn++) {
			assertThat(this.backlog.retry(allButA1, this::expire, NOW)).isZero();
		}
		assertThat(this.attempts).containsExactly("a1", "a1", "a1");
		assertThat(this.sent).isEmpty();
		assertThat(this.backlog.size()).isEqualTo(3);
	}

	@Test
	void whenOnePeerIsFullThenMessagesToOtherPeersStillGoOutInOrder() {
		this.fullPeers.add("A");
		park("A", "a1", LATER);
		park("B", "b1", LATER);
		park("A", "a2", LATER);
		park("C", "c1", LATER);
		park("B", "b2", LATER);
		assertThat(retry(NOW)).isEqualTo(3);
		assertThat(this.sent).containsExactly("b1", "c1", "b2");
		assertThat(this.attempts).containsExactly("a1", "b1", "c1", "b2");
		assertThat(this.backlog.size()).isEqualTo(2);
		assertThat(this.backlog.holdsPeerOf(message("A", "a3"))).isTrue();
		assertThat(this.backlog.holdsPeerOf(message("B", "b3"))).isFalse();
		assertThat(this.backlog.holdsPeerOf(message("C", "c2"))).isFalse();
		this.fullPeers.clear();
		assertThat(retry(NOW)).isEqualTo(2);
		assertThat(this.sent).containsExactly("b1", "c1", "b2", "a1", "a2");
		assertThat(this.expired).isEmpty();
	}

	@Test
	void whenDeadlinePassesThenTheMessageIsHandedToExpiredExactlyOnce() {
		this.fullPeers.add("A");
		park("A", "a1", NOW + 100);
		park("A", "a2", NOW + 200);
		assertThat(retry(NOW + 99)).isZero();
		assertThat(this.expired).isEmpty();
		assertThat(retry(NOW + 100)).isOne();
		assertThat(this.expired).containsExactly("a1");
		assertThat(this.backlog.size()).isOne();
		assertThat(retry(NOW + 150)).isZero();
		assertThat(retry(NOW + 199)).isZero();
		assertThat(this.expired).containsExactly("a1");
		assertThat(retry(NOW + 500)).isOne();
		assertThat(this.expired).containsExactly("a1", "a2");
		assertThat(this.backlog.isEmpty()).isTrue();
		assertThat(this.backlog.holdsPeerOf(message("A", "a3"))).isFalse();
		assertThat(retry(NOW + 1000)).isZero();
		assertThat(this.expired).containsExactly("a1", "a2");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void whenSeveralDeadlinesPassedThenAllExpireInOneTurnInOrder() {
		this.fullPeers.add("A");
		park("A", "a1", NOW + 10);
		park("B", "b1", LATER);
		park("A", "a2", NOW + 20);
		park("A", "a3", LATER);
		assertThat(retry(NOW + 30)).isEqualTo(3);
		assertThat(this.expired).containsExactly("a1", "a2");
		assertThat(this.sent).containsExactly("b1");
		assertThat(this.backlog.size()).isOne();
		assertThat(this.backlog.holdsPeerOf(message("A", "a4"))).isTrue();
	}

	@Test
	void whenMessageFitsAtItsDeadlineThenItIsSentNotExpired() {
		park("A", "a1", NOW);
		assertThat(retry(NOW + 1)).isOne();
		assertThat(this.sent).containsExactly("a1");
		assertThat(this.expired).isEmpty();
	}

	@Test
	void whenNanoTimeWrapsAroundThenDeadlinesStillHold() {
		long now = Long.MAX_VALUE - 10;
		this.fullPeers.add("A");
		park("A", "a1", now + 100);
		assertThat(retry(now)).isZero();
		assertThat(retry(now + 99)).isZero();
		assertThat(this.expired).isEmpty();
		assertThat(retry(now + 100)).isOne();
		assertThat(this.expired).containsExactly("a1");
	}

	@Test
	void whenClearedThenEveryMessageIsHandedOverInParkingOrder() {
		this.fullPeers.add("A");
		park("A", "a1", LATER);
		park("B", "b1", LATER);
		park("A", "a2", LATER);
		List<String> dropped = new ArrayList<>();
		this.backlog.clear((message) -> dropped.add(body(message)));
		assertThat(dropped).containsExactly("a1", "b1", "a2");
		assertThat(this.backlog.isEmpty()).isTrue();
		assertThat(this.backlog.size()).isZero();
		assertThat(this.backlog.holdsPeerOf(message("A", "a3"))).isFalse();
		assertThat(this.backlog.holdsPeerOf(message("B", "b2"))).isFalse();
		assertThat(retry(LATER + 1)).isZero();
		assertThat(this.attempts).isEmpty();
		assertThat(this.expired).isEmpty();
	}

	@Test
	void holdsPeerOfIsTrueExactlyWhileThePeerHasParkedMessages() {
		ZMsg nextToA = message("A", "next");
		assertThat(this.backlog.holdsPeerOf(nextToA)).isFalse();
		this.fullPeers.add("A");
		park("A", "a1", LATER);
		park("A", "a2", LATER);
		// the peer is recognised by the content of its routing id, not by the array
		assertThat(this.backlog.holdsPeerOf(nextToA)).isTrue();
		assertThat(this.backlog.holdsPeerOf(message("B", "next"))).isFalse();
		assertThat(this.backlog.holdsPeerOf(message("AA", "next"))).isFalse();
		// a1 goes out, a2 is refused
		Predicate<ZMsg> onlyA1 = (message) -> body(message).equals("a1");
		assertThat(this.backlog.retry(onlyA1, this::expire, NOW)).isOne();
		assertThat(this.backlog.holdsPeerOf(nextToA)).isTrue();
		this.fullPeers.clear();
		assertThat(retry(NOW)).isOne();
		assertThat(this.backlog.holdsPeerOf(nextToA)).isFalse();
		park("A", "a3", NOW + 10);
		assertThat(this.backlog.holdsPeerOf(nextToA)).isTrue();
		this.fullPeers.add("A");
		assertThat(retry(NOW + 10)).isOne();
		assertThat(this.expired).containsExactly("a3");
		assertThat(this.backlog.holdsPeerOf(nextToA)).isFalse();
	}

	private int retry(long now) {
		return this.backlog.retry(this.send, this::expire, now);
	}

	private void expire(ZMsg message) {
		this.expired.add(body(message));
	}

	private void park(String peer, String body, long deadline) {
		this.backlog.park(message(peer, body), deadline);
	}

	private static ZMsg message(String peer, String body) {
		ZMsg message = new ZMsg();
		message.add(peer.getBytes(StandardCharsets.UTF_8));
		message.add(body);
		return message;
	}

	private static String peer(ZMsg message) {
		return new String(message.getFirst().getData(), StandardCharsets.UTF_8);
	}

	private static String body(ZMsg message) {
		return new String(message.getLast().getData(), StandardCharsets.UTF_8);
	}

}
