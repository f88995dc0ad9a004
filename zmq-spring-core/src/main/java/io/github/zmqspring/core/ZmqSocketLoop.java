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
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

import org.springframework.util.Assert;

/**
 * One ZeroMQ socket and the one thread that owns it for its whole life.
 * <p>
 * The thread creates the socket, applies options, security and customizers, binds and
 * connects, then polls the socket together with a wake-up pipe. Other threads never touch
 * the socket: they {@link #send(ZMsg) send} through a bounded queue and a wake-up, and
 * control the loop with flags plus a wake-up, never with an interrupt. Received messages
 * go to a {@link ZmqInboundHandler} under a fixed number of in-flight permits; with none
 * free the loop stops reading, so ZeroMQ's high-water marks push back on the senders.
 * <p>
 * A REP endpoint's socket is a ROUTER (see {@link #openSocket}): its handler receives the
 * routing prefix (routing id, any further routing frames, the empty delimiter) and starts
 * its reply with it, as a ROUTER's does; the loop keeps REP's lockstep (no read while a
 * reply is still to be sent).
 * <p>
 * Stopping is graceful and bounded: reading stops, in-flight messages get until the
 * shutdown timeout to finish and flush their replies, then the socket is closed with its
 * linger and the thread ends. What is still queued then is counted as dropped.
 * <p>
 * An endpoint whose addresses are found at run time (service discovery, DNS) is given the
 * current set with {@link #connectTo(Collection)}; the socket thread connects the new
 * ones and disconnects those that are gone.
 */
public final class ZmqSocketLoop extends AbstractZmqEndpoint {

	private static final Log logger = LogFactory.getLog(ZmqSocketLoop.class);

	private static final int BATCH = 512;

	private final ZContext context;

	private final ZmqEndpointDefinition definition;

	private final SocketType type;

	private final ZmqEndpointRole role;

	private final List<ZmqSocketCustomizer> customizers;

	private final @Nullable ZmqInboundHandler inboundHandler;

	private final InFlightPermits permits;

	private final Runnable releasePermit = this::releasePermit;

	private final ArrayBlockingQueue<ZMsg> outbound;

	private final Queue<Consumer<ZMQ.Socket>> commands = new ConcurrentLinkedQueue<>();

	private final ConnectTargets targets;

	/** The running session; touched on the socket thread only. */
	private @Nullable Poll poll;

	/**
	 * Create a loop. Nothing is opened until {@link #start()}.
	 * @param context the ZeroMQ context
	 * @param definition the endpoint, with its socket type set
	 * @param role what the endpoint is for
	 * @param customizers socket customizers, applied in order
	 * @param inboundHandler receives inbound messages, or {@code null} for a send-only
	 * socket
	 * @param maxInFlight how many received messages may be in process at once
	 */
	public ZmqSocketLoop(ZContext context, ZmqEndpointDefinition definition, ZmqEndpointRole role,
			List<ZmqSocketCustomizer> customizers, @Nullable ZmqInboundHandler inboundHandler, int maxInFlight) {
		super(definition.name(), "zmq-" + definition.name() + "-io");
		Assert.notNull(definition.type(), "'definition' must have a socket type");
		Assert.isTrue(maxInFlight > 0, "'maxInFlight' must be positive");
		this.context = context;
		this.definition = definition;
		this.type = definition.type();
		this.role = role;
		this.customizers = List.copyOf(customizers);
		this.inboundHandler = inboundHandler;
		this.permits = new InFlightPermits(maxInFlight);
		this.outbound = new ArrayBlockingQueue<>(definition.sendQueueCapacity());
		this.targets = new ConnectTargets(definition.name());
	}

	/**
	 * Run a command on the socket thread, e.g. to change a subscription. Commands run in
	 * order, before the next batch of sends and receives.
	 * @param command the command, given the socket
	 * @throws ZmqException when the endpoint is not open
	 */
	public void execute(Consumer<ZMQ.Socket> command) {
		if (!isOpen()) {
			throw new ZmqException("ZeroMQ endpoint '" + getId() + "' is " + getState() + ", cannot run a command");
		}
		this.commands.add(command);
		wakeup();
	}

	/**
	 * Make the socket connect to exactly these run-time addresses, besides the
	 * definition's fixed ones: the socket thread connects the new ones and disconnects
	 * those that are gone (messages still queued for a disconnected peer are lost with
	 * its connection). The latest set wins; while the endpoint is not open the set is
	 * kept and applied when it opens.
	 * @param addresses the addresses, such as {@code tcp://10.0.0.7:5555}
	 * @throws IllegalArgumentException when an address is not a valid ZeroMQ address
	 */
	public void connectTo(Collection<String> addresses) {
		this.targets.set(addresses);
		if (isOpen()) {
			// a loop that opens meanwhile reads the new set itself: applying it twice
			// changes nothing
			this.commands.add(this::applyTargets);
			wakeup();
		}
	}

	private void applyTargets(ZMQ.Socket socket) {
		if (this.targets.apply(socket)) {
			List<String> connectAddresses = new ArrayList<>(this.definition.connect());
			connectAddresses.addAll(this.targets.connected());
			setConnectAddresses(connectAddresses);
		}
	}

	/**
	 * Whether the endpoint has no peer address at all: its connect addresses are found at
	 * run time, none is known now, and it has no fixed address either.
	 * @return whether a message sent now could only wait
	 */
	public boolean hasNoAddress() {
		return this.definition.dynamicConnect() && this.targets.isEmpty() && this.definition.connect().isEmpty()
				&& this.definition.bind().isEmpty();
	}

	/**
	 * @return how many times the socket connected to a run-time address
	 */
	public long getTargetConnects() {
		return this.targets.connects();
	}

	/**
	 * @return how many times the socket disconnected from a run-time address that was
	 * gone
	 */
	public long getTargetDisconnects() {
		return this.targets.disconnects();
	}

	/**
	 * Queue a message for the socket thread to send if there is room now, never waiting:
	 * for callers that must not block, such as another socket's thread.
	 * @param message the message, all frames
	 * @return {@code false} when the endpoint is not open or its queue is full
	 */
	public boolean trySend(ZMsg message) {
		if (!isOpen() || !this.outbound.offer(message)) {
			return false;
		}
		wakeUpUnlessOwnThread();
		return true;
	}

	/**
	 * Queue a message for the socket thread to send, waiting up to the endpoint's send
	 * timeout for room in the queue. The message belongs to the loop afterwards.
	 * <p>
	 * On the socket thread itself (a handler with direct dispatch) nothing can wait for
	 * room: a full queue is flushed to the socket at once, and a message that still does
	 * not fit fails at once with a {@link ZmqSendTimeoutException}.
	 * @param message the message, all frames
	 * @throws ZmqException when the endpoint is not open, or no room was made in time
	 */
	public void send(ZMsg message) {
		ZmqEndpointState current = getState();
		if (current != ZmqEndpointState.RUNNING && current != ZmqEndpointState.PAUSED
				&& current != ZmqEndpointState.STOPPING) {
			throw new ZmqException("ZeroMQ endpoint '" + getId() + "' is " + current + ", cannot send");
		}
		if (this.outbound.offer(message)) {
			wakeUpUnlessOwnThread();
		}
		else if (isOwnThread()) {
			sendOnOwnThread(message);
		}
		else {
			waitForRoom(message);
			wakeup();
		}
	}

	/**
	 * A thread that queued work wakes the loop; the loop's own thread has no need: it
	 * looks at its queues again before it sleeps.
	 */
	private void wakeUpUnlessOwnThread() {
		if (!isOwnThread()) {
			wakeup();
		}
	}

	private void sendOnOwnThread(ZMsg message) {
		Poll session = this.poll;
		if (session != null) {
			session.sendBatch();
		}
		if (!this.outbound.offer(message)) {
			throw new ZmqSendTimeoutException("ZeroMQ endpoint '" + getId() + "' could not queue a message on its own "
					+ "socket thread: its send queue is full and its peers are not taking messages, and a handler "
					+ "with direct dispatch cannot wait for room");
		}
	}

	private void waitForRoom(ZMsg message) {
		wakeup();
		Duration timeout = this.definition.sendTimeout();
		try {
			if (!this.outbound.offer(message, timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new ZmqSendTimeoutException("ZeroMQ endpoint '" + getId() + "' could not queue a message within "
						+ timeout + ": its peers are not taking messages (high-water mark reached or none connected)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ZmqException("Interrupted while waiting to send on '" + getId() + "'", ex);
		}
	}

	/**
	 * Give a permit back, waking the loop when it waits for permits and enough are free
	 * again (see {@link InFlightPermits}), or when it is stopping and waits for its
	 * messages in process to finish.
	 */
	private void releasePermit() {
		if (this.permits.release() || isStopRequested()) {
			wakeup();
		}
	}

	@Override
	protected Session open() {
		ZMQ.Socket socket = openSocket(this.context, this.definition, this.customizers);
		try {
			this.targets.reset();
			applyTargets(socket);
			Poll session = new Poll(socket, this.context.createSelector());
			this.poll = session;
			return session;
		}
		catch (RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	@Override
	protected Duration closingAllowance() {
		return this.definition.options().linger();
	}

	@Override
	protected String describe() {
		return "endpoint";
	}

	/**
	 * @return the socket type
	 */
	@Override
	public SocketType getSocketType() {
		return this.type;
	}

	/**
	 * @return what the endpoint is for
	 */
	@Override
	public ZmqEndpointRole getRole() {
		return this.role;
	}

	/**
	 * @return the definition the socket was opened from
	 */
	public ZmqEndpointDefinition getDefinition() {
		return this.definition;
	}

	/**
	 * @return how many received messages are in process
	 */
	@Override
	public int getInFlight() {
		return this.permits.inUse();
	}

	/**
	 * @return how many outbound messages wait for the socket thread
	 */
	public int getQueuedOutbound() {
		return this.outbound.size();
	}

	@Override
	public String toString() {
		return "ZmqSocketLoop[" + getId() + ", " + this.type + ", " + getState() + "]";
	}

	/**
	 * What became of a message the loop tried to send.
	 */
	private enum Outcome {

		SENT, DROPPED, FULL

	}

	/**
	 * The poll loop proper; lives on the socket thread only.
	 */
	private final class Poll implements Session {

		private final ZMQ.Socket socket;

		private final Selector selector;

		private final ByteBuffer drain = ByteBuffer.allocate(64);

		private final @Nullable ZmqRouterBacklog backlog;

		private final boolean lockstep;

		private final boolean direct;

		private @Nullable ZMsg pending;

		Poll(ZMQ.Socket socket, Selector selector) {
			this.socket = socket;
			this.selector = selector;
			// also a REP endpoint's, whose socket is a ROUTER (see openSocket)
			this.backlog = (socket.getSocketType() == SocketType.ROUTER) ? new ZmqRouterBacklog() : null;
			this.lockstep = (ZmqSocketLoop.this.type == SocketType.REP || ZmqSocketLoop.this.type == SocketType.REQ);
			ZmqInboundHandler handler = ZmqSocketLoop.this.inboundHandler;
			this.direct = handler != null && handler.runsOnSocketThread();
		}

		/**
		 * Work while there is work, then sleep in the selector on two channels registered
		 * once: the wake-up pipe and the socket's own mailbox, which becomes readable
		 * when ZeroMQ has news for the socket (a message arrived in an empty queue, room
		 * was made for sending). Before sleeping the loop asks the socket for its events,
		 * which processes that news, and sleeps only when the socket cannot do what the
		 * loop wants from it.
		 */
		@Override
		public void run(Pipe.SourceChannel wakeup) throws IOException {
			SelectionKey wake = wakeup.register(this.selector, SelectionKey.OP_READ);
			this.socket.getFD().register(this.selector, SelectionKey.OP_READ);
			Set<SelectionKey> selected = this.selector.selectedKeys();
			while (true) {
				runCommands();
				boolean progress = sendBatch();
				progress |= receiveBatch();
				if (isStopRequested() && isDone()) {
					return;
				}
				if (progress) {
					worked();
				}
				else {
					readyToSleep();
					if (!hasQueuedWork() && !socketReady()) {
						sleep(this.selector, pollTimeout());
						if (selected.contains(wake)) {
							// bytes are only written after readyToSleep(): while busy the
							// pipe stays empty
							drain(wakeup, this.drain);
						}
						selected.clear();
					}
				}
			}
		}

		/**
		 * @return whether the socket can do now what the loop wants from it
		 */
		private boolean socketReady() {
			int events = this.socket.getEvents();
			boolean in = isReading() && ZmqSocketLoop.this.permits.isAvailable() && hasRoomForDirectReply();
			return (in && (events & ZMQ.Poller.POLLIN) != 0)
					|| (this.pending != null && (events & ZMQ.Poller.POLLOUT) != 0);
		}

		@Override
		public void close() {
			ZMsg message;
			while ((message = ZmqSocketLoop.this.outbound.poll()) != null) {
				getStatistics().dropped(ZmqDropReason.SHUTDOWN,
						"endpoint stopped with a " + message.size() + "-frame message unsent");
			}
			this.socket.close();
			ZmqSocketLoop.this.context.closeSelector(this.selector);
			ZmqSocketLoop.this.poll = null;
		}

		private void runCommands() {
			Consumer<ZMQ.Socket> command;
			while ((command = ZmqSocketLoop.this.commands.poll()) != null) {
				command.accept(this.socket);
			}
		}

		private boolean isDone() {
			boolean flushed = this.pending == null && ZmqSocketLoop.this.outbound.isEmpty() && backlogEmpty();
			if (flushed && getInFlight() == 0) {
				return true;
			}
			if (System.nanoTime() - stopDeadline() >= 0) {
				if (this.pending != null) {
					getStatistics().dropped(ZmqDropReason.SHUTDOWN, "not sent within the shutdown timeout");
				}
				if (this.backlog != null) {
					this.backlog.clear((message) -> getStatistics().dropped(ZmqDropReason.SHUTDOWN,
							"reply to a full peer not sent within the shutdown timeout"));
				}
				logger.warn("ZeroMQ endpoint '" + getId() + "' stopped with " + getInFlight()
						+ " message(s) in process and " + ZmqSocketLoop.this.outbound.size() + " unsent");
				return true;
			}
			return false;
		}

		private boolean hasQueuedWork() {
			return !ZmqSocketLoop.this.commands.isEmpty()
					|| (this.pending == null && !ZmqSocketLoop.this.outbound.isEmpty() && !backlogFull());
		}

		private boolean backlogEmpty() {
			return this.backlog == null || this.backlog.isEmpty();
		}

		private long pollTimeout() {
			if (!backlogEmpty()) {
				return 1;
			}
			if (!isStopRequested()) {
				return -1;
			}
			long remaining = TimeUnit.NANOSECONDS.toMillis(stopDeadline() - System.nanoTime());
			return Math.max(1, Math.min(remaining, 100));
		}

		private boolean isReading() {
			return ZmqSocketLoop.this.inboundHandler != null && !isPaused() && !isStopRequested();
		}

		/**
		 * Whether a handler running on this thread could queue a reply now; the loop does
		 * not read while it could not (see
		 * {@link ZmqInboundHandler#runsOnSocketThread()}).
		 */
		private boolean hasRoomForDirectReply() {
			return !this.direct || ZmqSocketLoop.this.outbound.remainingCapacity() > 0;
		}

		/**
		 * Send queued messages, at most a batch; also called by {@link #send(ZMsg)} when
		 * a handler on this thread finds the queue full.
		 * @return whether anything was sent
		 */
		private boolean sendBatch() {
			int sent = retryBacklog();
			while (sent < BATCH && !backlogFull()) {
				ZMsg message = (this.pending != null) ? this.pending : ZmqSocketLoop.this.outbound.poll();
				if (message == null) {
					break;
				}
				this.pending = null;
				if (this.backlog != null && this.backlog.holdsPeerOf(message)) {
					park(message);
					continue;
				}
				Outcome outcome = trySend(message);
				if (outcome == Outcome.FULL) {
					if (this.backlog == null) {
						this.pending = message;
						break;
					}
					park(message);
					continue;
				}
				sent++;
			}
			return sent > 0;
		}

		/**
		 * Whether the ROUTER backlog holds as many replies as the send queue may: then
		 * the loop stops taking from the send queue (also replies to a peer that already
		 * has parked ones), so that senders wait and time out instead of the backlog
		 * growing.
		 */
		private boolean backlogFull() {
			return this.backlog != null && this.backlog.size() >= ZmqSocketLoop.this.definition.sendQueueCapacity();
		}

		private int retryBacklog() {
			ZmqRouterBacklog backlog = this.backlog;
			if (backlog == null || backlog.isEmpty()) {
				return 0;
			}
			return backlog.retry((message) -> trySend(message) != Outcome.FULL, (message) -> dropFull(message),
					System.nanoTime());
		}

		private void park(ZMsg message) {
			this.backlog.park(message, System.nanoTime() + ZmqSocketLoop.this.definition.sendTimeout().toNanos());
		}

		private void dropFull(ZMsg message) {
			getStatistics().dropped(ZmqDropReason.HWM, "the peer did not take a " + message.size()
					+ "-frame reply within the send timeout (its high-water mark stayed reached)");
		}

		/**
		 * Send one message without blocking.
		 * @return whether it went out, was dropped as unroutable, or does not fit now
		 */
		private Outcome trySend(ZMsg message) {
			int remaining = message.size();
			for (ZFrame frame : message) {
				remaining--;
				int flags = (remaining > 0) ? ZMQ.SNDMORE | ZMQ.DONTWAIT : ZMQ.DONTWAIT;
				try {
					if (!this.socket.send(frame.getData(), flags)) {
						return Outcome.FULL;
					}
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() != zmq.ZError.EHOSTUNREACH) {
						throw ex;
					}
					getStatistics().dropped(ZmqDropReason.UNROUTABLE,
							"no connected peer has the routing id of the reply");
					return Outcome.DROPPED;
				}
			}
			getStatistics().sent(message.contentSize());
			return Outcome.SENT;
		}

		private boolean receiveBatch() {
			if (!isReading()) {
				return false;
			}
			ZmqInboundHandler handler = ZmqSocketLoop.this.inboundHandler;
			int received = 0;
			while (received < BATCH && isReading() && hasRoomForDirectReply()) {
				if (!ZmqSocketLoop.this.permits.tryAcquire()) {
					break;
				}
				if (this.lockstep && (this.pending != null || !ZmqSocketLoop.this.outbound.isEmpty())) {
					// REQ/REP: the reply of the previous message must go out before the
					// next read
					ZmqSocketLoop.this.permits.release();
					break;
				}
				ZMsg message = receive();
				if (message == null) {
					ZmqSocketLoop.this.permits.release();
					break;
				}
				received++;
				getStatistics().received(message.contentSize());
				dispatch(handler, message);
			}
			return received > 0;
		}

		private @Nullable ZMsg receive() {
			byte[] first = this.socket.recv(ZMQ.DONTWAIT);
			if (first == null) {
				return null;
			}
			ZMsg message = new ZMsg();
			message.add(first);
			while (this.socket.hasReceiveMore()) {
				byte[] next = nextFrame();
				if (next == null) {
					getStatistics().dropped(ZmqDropReason.MALFORMED,
							"the rest of a multipart message was lost when its connection closed");
					message.destroy();
					return null;
				}
				message.add(next);
			}
			return message;
		}

		/**
		 * Read the next frame of a message, never blocking: ZeroMQ delivers a message's
		 * frames together, so a frame that is not there was lost with its connection.
		 * JeroMQ 0.6.0 then fails an assertion in {@code FQ.recvPipe} when assertions are
		 * enabled (seen when a server disconnected while its reply was being read), and
		 * without them returns nothing or the next message's first frame; neither may
		 * stop the loop.
		 */
		private byte @Nullable [] nextFrame() {
			try {
				return this.socket.recv(ZMQ.DONTWAIT);
			}
			catch (AssertionError ex) {
				return null;
			}
		}

		private void dispatch(ZmqInboundHandler handler, ZMsg message) {
			try {
				handler.onMessage(message, ZmqSocketLoop.this.releasePermit);
			}
			catch (RuntimeException ex) {
				ZmqSocketLoop.this.releasePermit();
				logger.error("Inbound handler of ZeroMQ endpoint '" + getId() + "' failed to take a message", ex);
			}
		}

	}

}
