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

package io.github.zmqspring.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.core.AbstractZmqEndpoint;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqProtocolException;
import io.github.zmqspring.protocol.ZmqStatus;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

import org.springframework.util.Assert;

/**
 * The MDP/0.2 side of a {@code @ZmqWorker}: {@code concurrency} worker connections (one
 * DEALER socket each, as the RFC wants one request at a time per worker) to a broker, and
 * one DEALER to the worker's listener, a ROUTER listener container bound to an
 * {@code inproc://} address. All these sockets belong to one thread
 * ({@code zmq-<id>-worker}). The listener container does what a
 * {@code @ZmqRouterListener} does (argument resolution, conversion, validation, errors,
 * observation, concurrency); this endpoint only translates.
 * <p>
 * Each connection sends READY for its service, HEARTBEAT every interval while it sends
 * nothing else, and treats the broker as gone after {@code liveness} silent intervals, or
 * on DISCONNECT: it then closes its socket, opens a new one and sends READY again, which
 * survives a broker restart. A REQUEST goes to the listener with the starter's envelope:
 * the client's own, with a correlation id of this endpoint's so that ids of different
 * clients cannot collide, or a new one around a plain body. Replies come back as PARTIAL
 * (stream items) and FINAL (the reply, error or end of stream), with the client's
 * correlation id restored; a plain client gets plain frames: the reply, each stream item,
 * an empty FINAL after a stream, and {@code "ERROR <status>: <text>"} for a failure. On
 * pause or stop a connection finishes the request it holds, then sends DISCONNECT; a
 * paused worker sends READY again on resume.
 */
public final class ZmqWorkerEndpoint extends AbstractZmqEndpoint {

	private static final byte[] EMPTY = new byte[0];

	private static final int BATCH = 256;

	private final ZContext context;

	private final ZmqEndpointDefinition broker;

	private final String service;

	private final int concurrency;

	private final String listenerAddress;

	private final Duration heartbeatInterval;

	private final int liveness;

	private final List<ZmqSocketCustomizer> customizers;

	private volatile int inFlight;

	/**
	 * Create the endpoint; nothing opens until {@link #start()}.
	 * @param context the ZeroMQ context
	 * @param id the endpoint id
	 * @param broker where the broker is (connect addresses) and the socket options
	 * @param service the service name sent in READY
	 * @param concurrency how many worker connections to open
	 * @param listenerAddress the {@code inproc://} address the listener container binds
	 * @param heartbeatInterval how often to send HEARTBEAT
	 * @param liveness after how many silent intervals the broker counts as gone
	 * @param customizers socket customizers, applied to the broker connections
	 */
	public ZmqWorkerEndpoint(ZContext context, String id, ZmqEndpointDefinition broker, String service, int concurrency,
			String listenerAddress, Duration heartbeatInterval, int liveness, List<ZmqSocketCustomizer> customizers) {
		super(id, "zmq-" + id + "-worker");
		Assert.isTrue(Mdp.isServiceName(service.getBytes(StandardCharsets.US_ASCII)), () -> "Service name '" + service
				+ "' of worker '" + id + "' must be 1 to 255 printable ASCII characters");
		Assert.isTrue(concurrency > 0, "'concurrency' must be positive");
		Assert.isTrue(!broker.connect().isEmpty(), () -> "Worker '" + id + "' has no broker address to connect to");
		Assert.isTrue(heartbeatInterval.compareTo(Duration.ZERO) > 0, "'heartbeatInterval' must be positive");
		Assert.isTrue(liveness > 0, "'liveness' must be positive");
		this.context = context;
		this.broker = broker.withType(SocketType.DEALER);
		this.service = service;
		this.concurrency = concurrency;
		this.listenerAddress = listenerAddress;
		this.heartbeatInterval = heartbeatInterval;
		this.liveness = liveness;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * @return the service this worker serves
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * @return how many worker connections it keeps to the broker
	 */
	public int getConcurrency() {
		return this.concurrency;
	}

	@Override
	protected Session open() {
		ZMQ.Socket listener = this.context.getContext().socket(SocketType.DEALER);
		try {
			listener.setLinger(0);
			listener.connect(this.listenerAddress);
			return new Serving(listener, this.context.createSelector());
		}
		catch (RuntimeException ex) {
			listener.close();
			throw ex;
		}
	}

	@Override
	protected String describe() {
		return "worker";
	}

	@Override
	public SocketType getSocketType() {
		return SocketType.DEALER;
	}

	@Override
	public ZmqEndpointRole getRole() {
		return ZmqEndpointRole.LISTENER;
	}

	/**
	 * @return how many requests the worker connections hold
	 */
	@Override
	public int getInFlight() {
		return this.inFlight;
	}

	@Override
	public String toString() {
		return "ZmqWorkerEndpoint[" + getId() + ", service " + this.service + ", " + getState() + "]";
	}

	/**
	 * The request a connection holds: who asked, the correlation id it travels under to
	 * the listener, and the client's envelope ({@code null} for a plain client).
	 */
	private record Held(byte[] client, long localId, @Nullable ZmqEnvelope envelope) {
	}

	/**
	 * One MDP/0.2 worker connection; lives on the worker thread only.
	 */
	private final class Connection {

		private ZMQ.@Nullable Socket socket;

		/**
		 * The socket's mailbox in the selector, which wakes the thread when ZeroMQ has
		 * news for it.
		 */
		private @Nullable SelectionKey key;

		private long brokerExpiry;

		private long nextHeartbeat;

		private @Nullable Held held;

	}

	/**
	 * The translating loop; lives on the worker thread only.
	 */
	private final class Serving implements Session {

		private final ZMQ.Socket listener;

		private final Selector selector;

		private final ByteBuffer drain = ByteBuffer.allocate(64);

		private final List<Connection> connections = new ArrayList<>();

		private final Map<Long, Connection> byLocalId = new HashMap<>();

		private final long interval = ZmqWorkerEndpoint.this.heartbeatInterval.toNanos();

		private final long expiry = this.interval * ZmqWorkerEndpoint.this.liveness;

		private final Set<Connection> readable = new LinkedHashSet<>();

		private long localIds;

		Serving(ZMQ.Socket listener, Selector selector) {
			this.listener = listener;
			this.selector = selector;
			for (int i = 0; i < ZmqWorkerEndpoint.this.concurrency; i++) {
				this.connections.add(new Connection());
			}
		}

		/**
		 * Work while there is work, then sleep in the selector, where the wake-up pipe,
		 * the listener socket's mailbox and each connection's mailbox are registered once
		 * (a mailbox becomes readable when ZeroMQ has news for its socket, e.g. a message
		 * in an empty queue). A wake-up then costs a call only for the connections whose
		 * mailbox spoke, not one per connection as {@code ZMQ.poll} would. A connection
		 * is read until it has nothing more, which leaves its queue waiting for news
		 * again; and after each send on a connection it is read once more, because a send
		 * also takes in the news the mailbox held (a message that arrived meanwhile would
		 * signal nothing more).
		 */
		@Override
		public void run(Pipe.SourceChannel wakeup) throws IOException {
			SelectionKey wake = wakeup.register(this.selector, SelectionKey.OP_READ);
			this.listener.getFD().register(this.selector, SelectionKey.OP_READ);
			Set<SelectionKey> selected = this.selector.selectedKeys();
			while (true) {
				boolean serving = !isPaused() && !isStopRequested();
				boolean progress = receiveReplies();
				long now = System.nanoTime();
				for (Connection connection : this.connections) {
					progress |= tend(connection, serving, now);
				}
				progress |= receiveRequests(now);
				if (isStopRequested() && (allClosed() || System.nanoTime() - stopDeadline() >= 0)) {
					return;
				}
				if (progress) {
					worked();
				}
				else {
					readyToSleep();
					// the listener is read each turn: its news may have been taken in by
					// a send
					if (this.readable.isEmpty() && (this.listener.getEvents() & ZMQ.Poller.POLLIN) == 0) {
						sleep(this.selector, pollTimeout(now));
					}
					for (SelectionKey key : selected) {
						if (key == wake) {
							drain(wakeup, this.drain);
						}
						else if (key.attachment() instanceof Connection connection) {
							this.readable.add(connection);
						}
					}
					selected.clear();
				}
			}
		}

		/**
		 * Open, close, heartbeat and watch the liveness of one connection; reading is for
		 * {@link #receiveRequests(long)}, which reads only the sockets whose mailbox
		 * spoke (or that were sent to), so a wake-up costs no call per idle connection.
		 * @return whether it did anything
		 */
		private boolean tend(Connection connection, boolean serving, long now) {
			ZMQ.Socket socket = connection.socket;
			if (socket == null) {
				if (serving) {
					open(connection, now);
					return true;
				}
				return false;
			}
			if (!serving && connection.held == null) {
				send(socket, Mdp.workerCommand(null, Mdp.DISCONNECT));
				close(connection);
				return true;
			}
			if (now - connection.brokerExpiry >= 0) {
				reconnect(connection, now);
				return true;
			}
			if (now - connection.nextHeartbeat >= 0) {
				send(socket, Mdp.workerCommand(null, Mdp.HEARTBEAT));
				this.readable.add(connection);
				connection.nextHeartbeat = now + this.interval;
			}
			return false;
		}

		/**
		 * Read the connections whose mailbox spoke or that were sent to; one that had
		 * more than a batch stays in line for the next round.
		 */
		private boolean receiveRequests(long now) {
			if (this.readable.isEmpty()) {
				return false;
			}
			boolean progress = false;
			// a copy: a DISCONNECT read here reopens the connection, which changes the
			// set
			for (Connection connection : new ArrayList<>(this.readable)) {
				ZMQ.Socket socket = connection.socket;
				int received = (socket != null) ? receiveRequests(connection, socket, now) : 0;
				progress |= received > 0;
				if (received < BATCH && connection.socket == socket) {
					this.readable.remove(connection);
				}
			}
			return progress;
		}

		private void open(Connection connection, long now) {
			ZMQ.Socket socket = openSocket(ZmqWorkerEndpoint.this.context, ZmqWorkerEndpoint.this.broker,
					ZmqWorkerEndpoint.this.customizers);
			connection.socket = socket;
			try {
				connection.key = socket.getFD().register(this.selector, SelectionKey.OP_READ, connection);
			}
			catch (ClosedChannelException ex) {
				// a socket just opened on this thread: its mailbox cannot be closed
				throw new UncheckedIOException(ex);
			}
			this.readable.add(connection);
			connection.brokerExpiry = now + this.expiry;
			connection.nextHeartbeat = now + this.interval;
			List<byte[]> ready = List.of(Mdp.WORKER, new byte[] { Mdp.READY },
					ZmqWorkerEndpoint.this.service.getBytes(StandardCharsets.US_ASCII));
			send(socket, ready);
		}

		/**
		 * The broker is gone or sent DISCONNECT: a new socket, a new READY, as RFC 18
		 * wants.
		 */
		private void reconnect(Connection connection, long now) {
			close(connection);
			open(connection, now);
		}

		private void close(Connection connection) {
			ZMQ.Socket socket = connection.socket;
			if (socket != null) {
				SelectionKey key = connection.key;
				if (key != null) {
					key.cancel();
					connection.key = null;
				}
				socket.setLinger(0);
				socket.close();
				connection.socket = null;
				this.readable.remove(connection);
			}
			Held held = connection.held;
			if (held != null) {
				this.byLocalId.remove(held.localId());
				connection.held = null;
				ZmqWorkerEndpoint.this.inFlight--;
			}
		}

		private int receiveRequests(Connection connection, ZMQ.Socket socket, long now) {
			int received = 0;
			while (received < BATCH && connection.socket == socket) {
				List<byte[]> frames = receive(socket);
				if (frames == null) {
					break;
				}
				received++;
				connection.brokerExpiry = now + this.expiry;
				onBrokerCommand(connection, socket, frames, now);
			}
			return received;
		}

		private void onBrokerCommand(Connection connection, ZMQ.Socket socket, List<byte[]> frames, long now) {
			if (frames.size() < 2 || !Mdp.isHeader(frames.get(0), Mdp.WORKER) || frames.get(1).length != 1) {
				getStatistics().dropped(ZmqDropReason.MALFORMED, "a message from the broker that is not MDPW02");
				return;
			}
			switch (frames.get(1)[0]) {
				case Mdp.REQUEST -> {
					if (frames.size() < 5 || frames.get(3).length != 0) {
						getStatistics().dropped(ZmqDropReason.MALFORMED,
								"a REQUEST without client address, empty delimiter and body");
					}
					else if (connection.held != null) {
						getStatistics().dropped(ZmqDropReason.MALFORMED,
								"a REQUEST while the connection holds one: the broker broke MDP/0.2");
					}
					else {
						forward(connection, socket, frames);
					}
				}
				case Mdp.HEARTBEAT -> {
					// any command from the broker proves it alive
				}
				case Mdp.DISCONNECT -> reconnect(connection, now);
				default -> getStatistics().dropped(ZmqDropReason.MALFORMED,
						"unknown command 0x" + Integer.toHexString(frames.get(1)[0] & 0xFF) + " from the broker");
			}
		}

		/** Hand a REQUEST to the listener under a correlation id of ours. */
		private void forward(Connection connection, ZMQ.Socket socket, List<byte[]> frames) {
			byte[] client = frames.get(2);
			List<byte[]> body = frames.subList(4, frames.size());
			long localId = ++this.localIds;
			List<byte[]> request = new ArrayList<>(body.size() + 2);
			request.add(EMPTY);
			ZmqEnvelope envelope = null;
			if (ZmqEnvelopeCodec.isEnvelope(body.get(0))) {
				try {
					envelope = ZmqEnvelopeCodec.decode(body.get(0));
				}
				catch (ZmqProtocolException ex) {
					refuse(socket, client, null, ZmqDropReason.MALFORMED, ZmqStatus.BAD_REQUEST,
							"Malformed request: " + ex.getMessage());
					return;
				}
				if (envelope.kind() != ZmqMessageKind.REQUEST) {
					refuse(socket, client, envelope, ZmqDropReason.MALFORMED, ZmqStatus.BAD_REQUEST,
							"Only requests are served through a broker, not " + envelope.kind());
					return;
				}
				request.add(ZmqEnvelopeCodec.encode(new ZmqEnvelope(ZmqMessageKind.REQUEST, localId, ZmqStatus.NONE,
						envelope.route(), envelope.contentType(), envelope.headers())));
				request.addAll(body.subList(1, body.size()));
			}
			else {
				request.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(localId, "", null, Map.of())));
				request.addAll(body);
			}
			if (isStopRequested() || isPaused()) {
				refuse(socket, client, envelope, ZmqDropReason.SHUTDOWN, ZmqStatus.UNAVAILABLE,
						"Worker '" + getId() + "' is " + (isPaused() ? "paused" : "stopping"));
				return;
			}
			Held held = new Held(client, localId, envelope);
			if (!send(this.listener, request)) {
				refuse(socket, client, envelope, ZmqDropReason.HWM, ZmqStatus.UNAVAILABLE,
						"Worker '" + getId() + "' listener is not taking requests");
				return;
			}
			connection.held = held;
			this.byLocalId.put(localId, connection);
			ZmqWorkerEndpoint.this.inFlight++;
		}

		/**
		 * Answer a request with an error FINAL at once, counting it as a drop of the
		 * given reason.
		 */
		private void refuse(ZMQ.Socket socket, byte[] client, @Nullable ZmqEnvelope envelope, ZmqDropReason reason,
				int status, String text) {
			getStatistics().dropped(reason, text);
			List<byte[]> reply = header(Mdp.FINAL, client);
			if (envelope != null) {
				reply.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.error(envelope.correlationId(), status)));
				reply.add(text.getBytes(StandardCharsets.UTF_8));
			}
			else {
				reply.add(("ERROR " + status + ": " + text).getBytes(StandardCharsets.UTF_8));
			}
			send(socket, reply);
		}

		/**
		 * Replies of the listener, {@code [""][envelope][body]...}, become PARTIAL or
		 * FINAL.
		 */
		private boolean receiveReplies() {
			int received = 0;
			List<byte[]> frames;
			while (received < BATCH && (frames = receive(this.listener)) != null) {
				received++;
				onReply(frames);
			}
			return received > 0;
		}

		private void onReply(List<byte[]> frames) {
			ZmqEnvelope envelope;
			try {
				envelope = ZmqEnvelopeCodec.decode(frames.get(1));
			}
			catch (RuntimeException ex) {
				getStatistics().dropped(ZmqDropReason.MALFORMED, "a reply of the listener without envelope");
				return;
			}
			Connection connection = this.byLocalId.get(envelope.correlationId());
			Held held = (connection != null) ? connection.held : null;
			ZMQ.Socket socket = (connection != null) ? connection.socket : null;
			if (held == null || socket == null || held.localId() != envelope.correlationId()) {
				getStatistics().dropped(ZmqDropReason.LATE_REPLY,
						"a reply for a request whose worker connection was closed meanwhile");
				return;
			}
			boolean last = envelope.kind() != ZmqMessageKind.STREAM_ITEM;
			List<byte[]> reply = header(last ? Mdp.FINAL : Mdp.PARTIAL, held.client());
			List<byte[]> body = frames.subList(2, frames.size());
			ZmqEnvelope original = held.envelope();
			if (original != null) {
				reply.add(ZmqEnvelopeCodec.encode(new ZmqEnvelope(envelope.kind(), original.correlationId(),
						envelope.status(), envelope.route(), envelope.contentType(), envelope.headers())));
				reply.addAll(body);
			}
			else {
				reply.addAll(plain(envelope, body));
			}
			send(socket, reply);
			this.readable.add(connection);
			connection.nextHeartbeat = System.nanoTime() + this.interval;
			if (last) {
				this.byLocalId.remove(held.localId());
				connection.held = null;
				ZmqWorkerEndpoint.this.inFlight--;
			}
		}

		/**
		 * The body a plain client gets: the payload, or one error frame, never nothing.
		 */
		private List<byte[]> plain(ZmqEnvelope envelope, List<byte[]> body) {
			if (envelope.kind() == ZmqMessageKind.ERROR) {
				String text = body.isEmpty() ? "" : new String(body.get(0), StandardCharsets.UTF_8);
				return List.of(("ERROR " + envelope.status() + ": " + text).getBytes(StandardCharsets.UTF_8));
			}
			return body.isEmpty() ? List.of(EMPTY) : body;
		}

		private List<byte[]> header(byte command, byte[] client) {
			List<byte[]> frames = new ArrayList<>();
			frames.add(Mdp.WORKER);
			frames.add(new byte[] { command });
			frames.add(client);
			frames.add(EMPTY);
			return frames;
		}

		private boolean allClosed() {
			return this.connections.stream().allMatch((connection) -> connection.socket == null);
		}

		private long pollTimeout(long now) {
			long until = now + this.interval;
			for (Connection connection : this.connections) {
				if (connection.socket != null) {
					until = Math.min(until, Math.min(connection.nextHeartbeat, connection.brokerExpiry));
				}
			}
			long timeout = TimeUnit.NANOSECONDS.toMillis(until - now) + 1;
			return Math.max(1, isStopRequested() ? Math.min(timeout, 100) : timeout);
		}

		@Override
		public void close() {
			this.connections.forEach(this::close);
			this.listener.close();
			ZmqWorkerEndpoint.this.context.closeSelector(this.selector);
		}

		private @Nullable List<byte[]> receive(ZMQ.Socket socket) {
			byte[] first = socket.recv(ZMQ.DONTWAIT);
			if (first == null) {
				return null;
			}
			List<byte[]> frames = new ArrayList<>();
			frames.add(first);
			long bytes = first.length;
			while (socket.hasReceiveMore()) {
				byte[] frame = socket.recv(0);
				frames.add(frame);
				bytes += frame.length;
			}
			if (socket != this.listener) {
				getStatistics().received(bytes);
			}
			return frames;
		}

		/**
		 * Send without waiting; a DEALER that cannot take a message now (no broker
		 * connected and its queue full) makes a counted drop.
		 */
		private boolean send(ZMQ.Socket socket, List<byte[]> frames) {
			long bytes = 0;
			try {
				for (int i = 0; i < frames.size(); i++) {
					byte[] frame = frames.get(i);
					bytes += frame.length;
					int flags = (i < frames.size() - 1) ? ZMQ.SNDMORE | ZMQ.DONTWAIT : ZMQ.DONTWAIT;
					if (!socket.send(frame, flags)) {
						getStatistics().dropped(ZmqDropReason.HWM, "a worker socket is not taking messages");
						return false;
					}
				}
			}
			catch (ZMQException ex) {
				getStatistics().dropped(ZmqDropReason.HWM, "a worker socket failed to send: " + ex.getMessage());
				return false;
			}
			if (socket != this.listener) {
				getStatistics().sent(bytes);
			}
			return true;
		}

		private boolean send(ZMQ.Socket socket, ZMsg message) {
			List<byte[]> frames = new ArrayList<>(message.size());
			message.forEach((frame) -> frames.add(frame.getData()));
			return send(socket, frames);
		}

	}

}
