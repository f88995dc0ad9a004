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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.test.TestSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A well-behaved plain ZeroMQ peer of a listener, timing its round trips: a DEALER or REQ
 * waits for the echo, a PUB, PUSH or PAIR for the one-way listener to put the message in
 * its queue. Used on the test thread only.
 */
final class WellBehavedProbe implements AutoCloseable {

	private final ZMQ.Socket socket;

	private final BlockingQueue<String> received;

	private final Duration timeout;

	private final List<Long> latencies = new ArrayList<>();

	private int sequence;

	/**
	 * Connect a probe.
	 * @param context the test's context (not the listener's)
	 * @param type the probe's socket type
	 * @param address the listener's address
	 * @param received where a one-way listener puts what it receives
	 * @param timeout how long one round trip may take before the probe fails
	 */
	WellBehavedProbe(ZContext context, SocketType type, String address, BlockingQueue<String> received,
			Duration timeout) {
		this.socket = TestSockets.create(context, type);
		if (type == SocketType.REQ) {
			// a request lost with a connection must not leave the REQ waiting forever
			this.socket.setReqRelaxed(true);
			this.socket.setReqCorrelate(true);
		}
		this.socket.connect(address);
		this.received = received;
		this.timeout = timeout;
		// a subscription takes a moment to arrive, a first connection may be retried:
		// send until
		// one message gets through
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!send("warm-up", 200) && System.nanoTime() < deadline) {
			// again
		}
		this.received.clear();
	}

	/**
	 * One round trip; fails the test when no answer comes within the timeout.
	 * @return the round trip in nanoseconds
	 */
	long roundTrip() {
		long start = System.nanoTime();
		String token = "probe-" + (this.sequence++);
		assertThat(send(token, this.timeout.toMillis())).as("the listener answered '%s' within %s", token, this.timeout)
			.isTrue();
		long nanos = System.nanoTime() - start;
		this.latencies.add(nanos);
		return nanos;
	}

	private boolean send(String token, long waitMillis) {
		try {
			switch (this.socket.getSocketType()) {
				case DEALER, REQ -> {
					this.socket.setReceiveTimeOut((int) waitMillis);
					this.socket.send(token);
					long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
					String reply;
					do {
						// a late reply to a warm-up message may come first
						reply = this.socket.recvStr();
					}
					while (reply != null && !reply.equals(token) && System.nanoTime() < deadline);
					return token.equals(reply);
				}
				case PUB -> {
					this.socket.sendMore("probe");
					this.socket.send(token);
					return awaitReceived(token, waitMillis);
				}
				default -> {
					this.socket.send(token);
					return awaitReceived(token, waitMillis);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private boolean awaitReceived(String token, long waitMillis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
		String next;
		do {
			// a late warm-up message may come first
			next = this.received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		while (next != null && !next.equals(token));
		return next != null;
	}

	/**
	 * The given percentile of the round trips so far, in milliseconds.
	 * @param percentile from 0 to 100
	 * @return the round trip
	 */
	double percentileMillis(double percentile) {
		List<Long> sorted = new ArrayList<>(this.latencies);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/**
	 * @return the number of round trips so far
	 */
	int count() {
		return this.latencies.size();
	}

	/** Forget the round trips measured so far. */
	void reset() {
		this.latencies.clear();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
