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

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.zeromq.ZMsg;

/**
 * Replies a ROUTER could not hand to a peer whose queue is full. A ROUTER is always
 * writable as a whole, so waiting for {@code POLLOUT} does not help and blocking would
 * stall every other peer behind the slow one: its replies wait here instead, in order per
 * peer, and are retried on each turn of the loop until they go out or their deadline
 * passes (then they are dropped and counted). Used by the socket thread only: the
 * {@link ZmqSocketLoop} of a ROUTER endpoint and the service broker's loop.
 */
public final class ZmqRouterBacklog {

	private final ArrayDeque<Entry> entries = new ArrayDeque<>();

	private final Map<ByteBuffer, Integer> peers = new HashMap<>();

	/**
	 * @return whether no message waits
	 */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/**
	 * @return how many messages wait
	 */
	public int size() {
		return this.entries.size();
	}

	/**
	 * Whether a message must wait behind earlier ones to the same peer.
	 * @param message a message whose first frame is the peer's routing id
	 * @return whether messages to that peer wait here
	 */
	public boolean holdsPeerOf(ZMsg message) {
		return !this.peers.isEmpty() && this.peers.containsKey(peer(message));
	}

	/**
	 * Let a message wait behind those parked before it.
	 * @param message a message whose first frame is the peer's routing id
	 * @param deadline the {@link System#nanoTime()} after which it is dropped
	 */
	public void park(ZMsg message, long deadline) {
		ByteBuffer peer = peer(message);
		this.entries.addLast(new Entry(message, peer, deadline));
		this.peers.merge(peer, 1, Integer::sum);
	}

	/**
	 * Retry the parked messages in order, skipping the rest of a peer's messages once one
	 * of them still does not fit.
	 * @param send sends a message, {@code false} when the peer's queue is still full
	 * @param expired takes a message whose deadline has passed
	 * @param now the current {@link System#nanoTime()}
	 * @return how many were sent or expired
	 */
	public int retry(Predicate<ZMsg> send, Consumer<ZMsg> expired, long now) {
		if (this.entries.isEmpty()) {
			return 0;
		}
		int done = 0;
		Set<ByteBuffer> stillFull = new HashSet<>();
		Iterator<Entry> iterator = this.entries.iterator();
		while (iterator.hasNext()) {
			Entry entry = iterator.next();
			if (stillFull.contains(entry.peer)) {
				continue;
			}
			boolean sent = send.test(entry.message);
			if (sent || now - entry.deadline >= 0) {
				iterator.remove();
				this.peers.computeIfPresent(entry.peer, (peer, count) -> (count > 1) ? count - 1 : null);
				if (!sent) {
					expired.accept(entry.message);
				}
				done++;
			}
			else {
				stillFull.add(entry.peer);
			}
		}
		return done;
	}

	/**
	 * Drop everything, e.g. at shutdown.
	 * @param dropped takes each message
	 */
	public void clear(Consumer<ZMsg> dropped) {
		this.entries.forEach((entry) -> dropped.accept(entry.message));
		this.entries.clear();
		this.peers.clear();
	}

	private static ByteBuffer peer(ZMsg message) {
		return ByteBuffer.wrap(message.getFirst().getData());
	}

	private record Entry(ZMsg message, ByteBuffer peer, long deadline) {
	}

}
