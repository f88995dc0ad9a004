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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

import org.springframework.util.Assert;

/**
 * A ZeroMQ proxy between a frontend and a backend socket, both owned by one thread
 * ({@code zmq-<id>-proxy}) that forwards messages both ways in batches. Unlike JeroMQ's
 * {@code ZMQ.proxy} it is stopped, paused and resumed through flags and a wake-up (never
 * an interrupt), counts what it forwards and drops, and pushes back instead of buffering:
 * a message the other side cannot take yet stays pending and that direction stops
 * reading.
 */
public final class ZmqProxy extends AbstractZmqEndpoint {

	private static final int BATCH = 512;

	/**
	 * The classic proxies of the ZeroMQ Guide.
	 */
	public enum Type {

		/**
		 * Request/reply broker: ROUTER frontend for clients, DEALER backend for workers.
		 */
		QUEUE(SocketType.ROUTER, SocketType.DEALER, true),

		/**
		 * Publish/subscribe forwarder: XSUB frontend for publishers, XPUB backend for
		 * subscribers (subscriptions travel back upstream).
		 */
		FORWARDER(SocketType.XSUB, SocketType.XPUB, true),

		/**
		 * Pipeline streamer: PULL frontend for pushers, PUSH backend for workers; one
		 * way.
		 */
		STREAMER(SocketType.PULL, SocketType.PUSH, false);

		private final SocketType frontend;

		private final SocketType backend;

		private final boolean bothWays;

		Type(SocketType frontend, SocketType backend, boolean bothWays) {
			this.frontend = frontend;
			this.backend = backend;
			this.bothWays = bothWays;
		}

		/**
		 * @return the frontend socket type
		 */
		public SocketType frontend() {
			return this.frontend;
		}

		/**
		 * @return the backend socket type
		 */
		public SocketType backend() {
			return this.backend;
		}

	}

	private final ZContext context;

	private final Type type;

	private final ZmqEndpointDefinition frontend;

	private final ZmqEndpointDefinition backend;

	private final List<ZmqSocketCustomizer> customizers;

	private volatile @Nullable ZmqSocketLoop capture;

	/**
	 * Create a proxy; nothing opens until {@link #start()}.
	 * @param context the ZeroMQ context
	 * @param id the proxy id
	 * @param type the kind of proxy
	 * @param frontend the frontend endpoint (its type is set from {@code type})
	 * @param backend the backend endpoint (its type is set from {@code type})
	 * @param customizers socket customizers, applied to both sockets
	 */
	public ZmqProxy(ZContext context, String id, Type type, ZmqEndpointDefinition frontend,
			ZmqEndpointDefinition backend, List<ZmqSocketCustomizer> customizers) {
		super(id, "zmq-" + id + "-proxy");
		Assert.hasText(id, "'id' must not be empty");
		this.context = context;
		this.type = type;
		this.frontend = frontend.withType(type.frontend());
		this.backend = backend.withType(type.backend());
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Republish a copy of every message forwarded (both ways) on another endpoint, e.g. a
	 * PUB socket for monitoring. A copy the capture endpoint cannot queue at once is
	 * counted as an {@code hwm} drop; the proxy itself never waits for it.
	 * @param capture the capture endpoint, or {@code null} for none
	 */
	public void setCapture(@Nullable ZmqSocketLoop capture) {
		this.capture = capture;
	}

	@Override
	protected Session open() {
		ZMQ.Socket front = null;
		ZMQ.Socket back = null;
		try {
			front = openSocket(this.context, this.frontend, this.customizers);
			back = openSocket(this.context, this.backend, this.customizers);
			return new Forwarding(front, back, this.context.createSelector());
		}
		catch (RuntimeException ex) {
			if (front != null) {
				front.close();
			}
			if (back != null) {
				back.close();
			}
			throw ex;
		}
	}

	@Override
	protected String describe() {
		return "proxy";
	}

	/**
	 * @return the kind of proxy
	 */
	public Type getType() {
		return this.type;
	}

	@Override
	public SocketType getSocketType() {
		return this.type.frontend();
	}

	@Override
	public ZmqEndpointRole getRole() {
		return ZmqEndpointRole.PROXY;
	}

	@Override
	public int getInFlight() {
		return 0;
	}

	@Override
	public String toString() {
		return "ZmqProxy[" + getId() + ", " + this.type + ", " + getState() + "]";
	}

	/**
	 * The forwarding loop; lives on the proxy thread only.
	 */
	private final class Forwarding implements Session {

		private final Direction toBack;

		private final @Nullable Direction toFront;

		private final ZMQ.Socket front;

		private final ZMQ.Socket back;

		private final Selector selector;

		private final ByteBuffer drain = ByteBuffer.allocate(64);

		Forwarding(ZMQ.Socket front, ZMQ.Socket back, Selector selector) {
			this.front = front;
			this.back = back;
			this.toBack = new Direction(front, back);
			this.toFront = ZmqProxy.this.type.bothWays ? new Direction(back, front) : null;
			this.selector = selector;
		}

		@Override
		public void run(Pipe.SourceChannel wakeup) throws IOException {
			while (!isStopRequested()) {
				boolean reading = !isPaused();
				boolean progress = this.toBack.forward(reading);
				if (this.toFront != null) {
					progress |= this.toFront.forward(reading);
				}
				if (!progress) {
					readyToSleep();
					if (!isStopRequested() && isPaused() == !reading) {
						ZMQ.poll(this.selector, pollItems(wakeup, reading), -1);
					}
					drain(wakeup, this.drain);
				}
			}
			this.toBack.dropPending();
			if (this.toFront != null) {
				this.toFront.dropPending();
			}
		}

		@Override
		public void close() {
			this.front.close();
			this.back.close();
			ZmqProxy.this.context.closeSelector(this.selector);
		}

		private ZMQ.PollItem[] pollItems(Pipe.SourceChannel wakeup, boolean reading) {
			List<ZMQ.PollItem> items = new ArrayList<>(3);
			items.add(new ZMQ.PollItem(wakeup, ZMQ.Poller.POLLIN));
			Direction toFront = this.toFront;
			int frontEvents = this.toBack.events(reading, true)
					| ((toFront != null) ? toFront.events(reading, false) : 0);
			int backEvents = ((toFront != null) ? toFront.events(reading, true) : 0)
					| this.toBack.events(reading, false);
			if (frontEvents != 0) {
				items.add(new ZMQ.PollItem(this.front, frontEvents));
			}
			if (backEvents != 0) {
				items.add(new ZMQ.PollItem(this.back, backEvents));
			}
			return items.toArray(new ZMQ.PollItem[0]);
		}

	}

	/**
	 * One direction of the proxy: reads from one socket, writes to the other.
	 */
	private final class Direction {

		private final ZMQ.Socket source;

		private final ZMQ.Socket target;

		private final boolean targetIsRouter;

		private @Nullable ZMsg pending;

		Direction(ZMQ.Socket source, ZMQ.Socket target) {
			this.source = source;
			this.target = target;
			this.targetIsRouter = target.getSocketType() == SocketType.ROUTER;
		}

		/**
		 * The poll events this direction wants on its source (reading) or target
		 * (writing).
		 */
		int events(boolean reading, boolean onSource) {
			if (onSource) {
				return (reading && this.pending == null) ? ZMQ.Poller.POLLIN : 0;
			}
			return (this.pending != null) ? ZMQ.Poller.POLLOUT : 0;
		}

		private void capture(ZMsg message) {
			ZmqSocketLoop target = ZmqProxy.this.capture;
			if (target != null && !target.trySend(message.duplicate())) {
				getStatistics().dropped(ZmqDropReason.HWM,
						"capture endpoint '" + target.getId() + "' is not taking copies");
			}
		}

		void dropPending() {
			if (this.pending != null) {
				getStatistics().dropped(ZmqDropReason.SHUTDOWN, "proxy stopped with a message not forwarded");
				this.pending = null;
			}
		}

		boolean forward(boolean reading) {
			int forwarded = 0;
			if (this.pending != null) {
				if (!send(this.pending)) {
					return false;
				}
				this.pending = null;
				forwarded++;
			}
			while (reading && forwarded < BATCH) {
				byte[] first = this.source.recv(ZMQ.DONTWAIT);
				if (first == null) {
					break;
				}
				ZMsg message = new ZMsg();
				message.add(first);
				while (this.source.hasReceiveMore()) {
					message.add(this.source.recv(0));
				}
				getStatistics().received(message.contentSize());
				capture(message);
				if (!send(message)) {
					this.pending = message;
					break;
				}
				forwarded++;
			}
			return forwarded > 0;
		}

		/**
		 * @return {@code false} when the target cannot take the message now
		 */
		private boolean send(ZMsg message) {
			int remaining = message.size();
			boolean firstFrame = true;
			for (var frame : message) {
				remaining--;
				int flags = (remaining > 0) ? ZMQ.SNDMORE | ZMQ.DONTWAIT : ZMQ.DONTWAIT;
				try {
					if (!this.target.send(frame.getData(), flags) && firstFrame) {
						if (!this.targetIsRouter) {
							return false;
						}
						getStatistics().dropped(ZmqDropReason.HWM, "reply to a full peer");
						return true;
					}
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() != zmq.ZError.EHOSTUNREACH) {
						throw ex;
					}
					getStatistics().dropped(ZmqDropReason.UNROUTABLE, "no peer with the message's routing id");
					return true;
				}
				firstFrame = false;
			}
			getStatistics().sent(message.contentSize());
			return true;
		}

	}

}
