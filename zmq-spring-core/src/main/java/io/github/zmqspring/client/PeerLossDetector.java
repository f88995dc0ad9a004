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

import java.util.function.LongSupplier;

import org.zeromq.ZEvent;
import org.zeromq.ZMonitor;

/**
 * Tells a client with one {@code connect} address and nothing bound that its server went
 * away: its one connection closed (the peer closed it, or heartbeats found it dead) after
 * something had been received on it. A connection that closes before anything arrived on
 * it is not a loss: JeroMQ 0.6.0 reports no completed handshake, and such a connection
 * may have failed its handshake (refused, stalled and dropped by the handshake timeout,
 * or closed by the peer during the READY exchange), in which case the requests are still
 * queued and go out on the next connection. Socket events arrive one after another for a
 * single connection, on ZeroMQ's I/O thread.
 */
final class PeerLossDetector implements ZEvent.ZEventConsummer {

	private final LongSupplier received;

	private final Runnable onLoss;

	private volatile long receivedAtConnect = Long.MAX_VALUE;

	/**
	 * Create a detector.
	 * @param received the socket's count of received messages
	 * @param onLoss runs on the I/O thread when the connection is lost; must be quick
	 */
	PeerLossDetector(LongSupplier received, Runnable onLoss) {
		this.received = received;
		this.onLoss = onLoss;
	}

	@Override
	public void consume(ZEvent event) {
		ZMonitor.Event type = event.getEvent();
		if (type == ZMonitor.Event.CONNECTED) {
			this.receivedAtConnect = this.received.getAsLong();
		}
		else if (type == ZMonitor.Event.DISCONNECTED || type == ZMonitor.Event.CLOSED) {
			boolean live = this.received.getAsLong() > this.receivedAtConnect;
			this.receivedAtConnect = Long.MAX_VALUE;
			if (live) {
				this.onLoss.run();
			}
		}
	}

}
