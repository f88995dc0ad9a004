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
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The life cycle shared by everything that owns ZeroMQ sockets on a thread of its own:
 * the thread is started by {@link #start()}, which waits until the sockets are open; it
 * is woken through a pipe (never interrupted) by {@link #pause()}, {@link #resume()},
 * {@link #stop()} and by subclasses with work for it; {@link #stop()} waits for it,
 * bounded by the shutdown timeout. Subclasses open their sockets and run their loop in a
 * {@link Session}, on that thread.
 */
public abstract class AbstractZmqEndpoint implements ZmqEndpoint {

	private static final long START_TIMEOUT_SECONDS = 30;

	private static final int WAKEUPS_IN_VAIN_BEFORE_PAUSE = 20;

	private static final long PAUSE_NANOS = 50_000;

	private static final Log logger = LogFactory.getLog(AbstractZmqEndpoint.class);

	private final String id;

	private final String threadName;

	private final ZmqEndpointStatistics statistics;

	private final AtomicBoolean signalled = new AtomicBoolean();

	private final Object lifecycleMonitor = new Object();

	private volatile Duration shutdownTimeout = Duration.ofSeconds(10);

	private volatile boolean autoStartup = true;

	private volatile ZmqEndpointState state = ZmqEndpointState.STOPPED;

	private volatile boolean paused;

	private volatile boolean stopRequested;

	private volatile long stopDeadline;

	private final ZmqConnectionMonitor connectionMonitor;

	private volatile List<String> boundAddresses = List.of();

	private volatile List<String> connectAddresses = List.of();

	private volatile @Nullable Throwable failure;

	private volatile Pipe.@Nullable SinkChannel wakeupSink;

	/**
	 * How many wake-ups in a row moved nothing; touched by the endpoint's thread only.
	 */
	private int wakeupsInVain;

	private volatile @Nullable Thread thread;

	/**
	 * Create an endpoint.
	 * @param id its id
	 * @param threadName the name of its thread
	 */
	protected AbstractZmqEndpoint(String id, String threadName) {
		this.id = id;
		this.threadName = threadName;
		this.statistics = new ZmqEndpointStatistics(id);
		this.connectionMonitor = new ZmqConnectionMonitor(id);
	}

	/**
	 * Set how long {@link #stop()} lets in-flight work finish before closing.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Set whether the registry starts this endpoint with the application context.
	 * @param autoStartup {@code false} to start it only on demand
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	/**
	 * Open the sockets on the endpoint's thread; called on that thread. An implementation
	 * closes what it opened before it throws.
	 * @return the session that runs the loop and closes the sockets
	 * @throws Exception when the sockets could not be opened
	 */
	protected abstract Session open() throws Exception;

	/**
	 * How much longer than the shutdown timeout closing may take (a socket's linger).
	 * @return the extra time
	 */
	protected Duration closingAllowance() {
		return Duration.ZERO;
	}

	/**
	 * What the endpoint is, for error messages.
	 * @return a short description
	 */
	protected abstract String describe();

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (isOpen()) {
				return;
			}
			this.stopRequested = false;
			this.failure = null;
			this.state = ZmqEndpointState.STARTING;
			Pipe pipe = openPipe();
			this.wakeupSink = pipe.sink();
			CountDownLatch opened = new CountDownLatch(1);
			Thread endpointThread = new Thread(() -> run(pipe.source(), opened), this.threadName);
			this.thread = endpointThread;
			endpointThread.start();
			awaitOpened(opened);
			Throwable cause = this.failure;
			if (cause != null) {
				throw new ZmqException(
						"ZeroMQ " + describe() + " '" + this.id + "' failed to start: " + cause.getMessage(), cause);
			}
		}
	}

	private void awaitOpened(CountDownLatch opened) {
		try {
			if (!opened.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				this.failure = new ZmqException("sockets not opened within " + START_TIMEOUT_SECONDS + "s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.failure = ex;
		}
	}

	/**
	 * Stop reading, let in-flight work finish (up to the shutdown timeout), close the
	 * sockets and end the thread. Never waits longer than the shutdown timeout plus the
	 * closing allowance and a small margin.
	 */
	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			Thread endpointThread = this.thread;
			if (endpointThread == null) {
				return;
			}
			this.stopDeadline = System.nanoTime() + this.shutdownTimeout.toNanos();
			this.stopRequested = true;
			if (this.state != ZmqEndpointState.FAILED) {
				this.state = ZmqEndpointState.STOPPING;
			}
			wakeup();
			long joinMillis = this.shutdownTimeout.plus(closingAllowance()).toMillis() + 1000;
			try {
				endpointThread.join(joinMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (endpointThread.isAlive()) {
				logger.error("ZeroMQ " + describe() + " '" + this.id + "' did not stop within " + joinMillis
						+ "ms; leaving its thread");
				this.state = ZmqEndpointState.FAILED;
			}
			this.thread = null;
		}
	}

	@Override
	public void pause() {
		this.paused = true;
		if (this.state == ZmqEndpointState.RUNNING) {
			this.state = ZmqEndpointState.PAUSED;
		}
		wakeup();
	}

	@Override
	public void resume() {
		this.paused = false;
		if (this.state == ZmqEndpointState.PAUSED) {
			this.state = ZmqEndpointState.RUNNING;
		}
		wakeup();
	}

	/**
	 * Wake the endpoint's thread; costs a write only when it is about to sleep or
	 * sleeping.
	 */
	protected final void wakeup() {
		Pipe.SinkChannel sink = this.wakeupSink;
		if (sink != null && !this.signalled.getAndSet(true)) {
			try {
				sink.write(ByteBuffer.wrap(new byte[] { 1 }));
			}
			catch (IOException ex) {
				// the thread has closed its pipe: nothing left to wake
			}
		}
	}

	/**
	 * Whether the caller is the endpoint's own thread, which must never wait for itself.
	 * @return {@code true} on the endpoint's thread
	 */
	protected final boolean isOwnThread() {
		return Thread.currentThread() == this.thread;
	}

	/**
	 * Called by the endpoint's thread right before it checks for work one last time and
	 * sleeps, so that the next {@link #wakeup()} writes to the pipe.
	 */
	protected final void readyToSleep() {
		this.signalled.set(false);
	}

	/**
	 * Called by the endpoint's thread after a turn of its loop that did some work.
	 */
	protected final void worked() {
		this.wakeupsInVain = 0;
	}

	/**
	 * Sleep in the selector until one of its channels is ready or the timeout passes.
	 * <p>
	 * After {@value #WAKEUPS_IN_VAIN_BEFORE_PAUSE} wake-ups in a row that found nothing
	 * to do (no {@link #worked()} in between) the thread first pauses for
	 * {@value #PAUSE_NANOS} ns. A socket's mailbox channel becomes readable when another
	 * thread writes its signal byte, but JeroMQ 0.6.0's {@code Signaler} counts that byte
	 * only after the write returns, and the socket takes the byte only once it is
	 * counted. A writer descheduled between the two, which the write's own wake-up of
	 * this thread makes likely on a machine with fewer cores than busy threads, leaves
	 * the channel readable with nothing to take: the selector then returns at once, again
	 * and again, and without the pause the thread spins on a core the writer needs to
	 * finish. A few such wake-ups are normal (a writer on another core finishes within
	 * microseconds), and giving the core away at the first one would put a reply behind
	 * whatever runs next, for up to a scheduler tick.
	 * @param selector the selector
	 * @param timeoutMillis how long to sleep at most, or a negative value for no limit
	 * @throws IOException when the selector fails
	 */
	protected final void sleep(Selector selector, long timeoutMillis) throws IOException {
		if (this.wakeupsInVain < WAKEUPS_IN_VAIN_BEFORE_PAUSE) {
			this.wakeupsInVain++;
		}
		else {
			LockSupport.parkNanos(PAUSE_NANOS);
		}
		if (timeoutMillis < 0) {
			selector.select();
		}
		else {
			selector.select(timeoutMillis);
		}
	}

	/**
	 * Read what the wake-up pipe holds, in one read: a byte is written at most once per
	 * {@link #readyToSleep()}, and a byte left over only makes the next poll return at
	 * once.
	 * @param source the pipe
	 * @param buffer a scratch buffer
	 * @throws IOException when the pipe fails
	 */
	protected static void drain(Pipe.SourceChannel source, ByteBuffer buffer) throws IOException {
		source.read(buffer);
		buffer.clear();
	}

	private void run(Pipe.SourceChannel wakeupSource, CountDownLatch opened) {
		Session session = null;
		this.boundAddresses = List.of();
		this.connectAddresses = List.of();
		try {
			session = open();
			this.state = this.paused ? ZmqEndpointState.PAUSED : ZmqEndpointState.RUNNING;
			opened.countDown();
			session.run(wakeupSource);
			this.state = ZmqEndpointState.STOPPED;
		}
		catch (Throwable ex) {
			this.failure = ex;
			this.state = ZmqEndpointState.FAILED;
			if (opened.getCount() == 0) {
				logger.error("ZeroMQ " + describe() + " '" + this.id + "' died", ex);
			}
		}
		finally {
			Pipe.SinkChannel sink = this.wakeupSink;
			this.wakeupSink = null;
			if (session != null) {
				session.close();
			}
			this.connectionMonitor.reset();
			closeQuietly(wakeupSource);
			closeQuietly(sink);
			opened.countDown();
		}
	}

	private static void closeQuietly(java.nio.channels.@Nullable Channel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing to do
			}
		}
	}

	private static Pipe openPipe() {
		try {
			Pipe pipe = Pipe.open();
			pipe.source().configureBlocking(false);
			return pipe;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open a wake-up pipe", ex);
		}
	}

	/**
	 * Create a socket of this endpoint, configure it (options, security, connection
	 * monitor, then customizers), bind and connect it; called on the endpoint's thread
	 * from {@link #open()}. The bound and connected addresses are added to the
	 * endpoint's.
	 * <p>
	 * A REP endpoint gets a ROUTER socket, and its owner applies REP's rules (the routing
	 * prefix up to the empty delimiter mirrored on the one reply, lockstep): JeroMQ
	 * 0.6.0's REP socket loses its next reply, to whichever peer asks next, after a
	 * request without the delimiter from a peer it cannot write to (gone, or its queue
	 * full), because {@code Router.rollback} leaves the "more to send" state set when
	 * there is no pipe to roll back.
	 * @param context the ZeroMQ context
	 * @param definition what to open
	 * @param customizers customizers to apply after the options
	 * @return the open socket
	 * @throws ZmqException when a bind or connect failed (the socket is closed)
	 */
	protected final ZMQ.Socket openSocket(ZContext context, ZmqEndpointDefinition definition,
			List<ZmqSocketCustomizer> customizers) {
		SocketType type = definition.type();
		ZMQ.Socket socket = context.getContext().socket((type == SocketType.REP) ? SocketType.ROUTER : type);
		try {
			definition.options().applyTo(socket, definition.name(), !definition.bind().isEmpty(), this.statistics);
			definition.security().applyTo(context, socket, definition.name(), this.statistics);
			socket.setEventHook(this.connectionMonitor, ZMQ.EVENT_ALL);
			for (ZmqSocketCustomizer customizer : customizers) {
				customizer.customize(definition, socket);
			}
			List<String> bound = new ArrayList<>(this.boundAddresses);
			for (String address : definition.bind()) {
				attach(address, () -> socket.bind(address), "bind");
				bound.add(socket.getLastEndpoint());
			}
			this.boundAddresses = List.copyOf(bound);
			for (String address : definition.connect()) {
				attach(address, () -> socket.connect(address), "connect to");
			}
			List<String> connect = new ArrayList<>(this.connectAddresses);
			// a socket opened again (or several to the same peer) adds no duplicate
			definition.connect().stream().filter((address) -> !connect.contains(address)).forEach(connect::add);
			this.connectAddresses = List.copyOf(connect);
			return socket;
		}
		catch (RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private static void attach(String address, Runnable action, String verb) {
		try {
			action.run();
		}
		catch (ZMQException ex) {
			throw new ZmqException("could not " + verb + " " + address + ": " + errorOf(ex), ex);
		}
	}

	private static String errorOf(ZMQException ex) {
		int code = ex.getErrorCode();
		try {
			return zmq.ZError.toString(code) + " (errno " + code + ")";
		}
		catch (IllegalArgumentException unknown) {
			return "errno " + code;
		}
	}

	/**
	 * @return whether the endpoint is starting, running or paused
	 */
	protected final boolean isOpen() {
		ZmqEndpointState current = this.state;
		return current == ZmqEndpointState.RUNNING || current == ZmqEndpointState.PAUSED
				|| current == ZmqEndpointState.STARTING;
	}

	/**
	 * @return whether reading is paused
	 */
	protected final boolean isPaused() {
		return this.paused;
	}

	/**
	 * @return whether {@link #stop()} was called
	 */
	protected final boolean isStopRequested() {
		return this.stopRequested;
	}

	/**
	 * @return when in-flight work must be done by, in {@link System#nanoTime()} terms
	 */
	protected final long stopDeadline() {
		return this.stopDeadline;
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public ZmqEndpointState getState() {
		return this.state;
	}

	@Override
	public List<String> getBoundAddresses() {
		return this.boundAddresses;
	}

	@Override
	public List<String> getConnectAddresses() {
		return this.connectAddresses;
	}

	/**
	 * Replace the addresses the endpoint reports it connects to; called on the endpoint's
	 * thread when its connections change at run time.
	 * @param connectAddresses the addresses now connected
	 */
	protected final void setConnectAddresses(List<String> connectAddresses) {
		this.connectAddresses = List.copyOf(connectAddresses);
	}

	@Override
	public ZmqConnectionMonitor getConnectionMonitor() {
		return this.connectionMonitor;
	}

	@Override
	public @Nullable Throwable getFailure() {
		return this.failure;
	}

	@Override
	public ZmqEndpointStatistics getStatistics() {
		return this.statistics;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	/**
	 * The sockets of one run of the endpoint, owned by its thread.
	 */
	protected interface Session {

		/**
		 * Run the loop until a stop is requested.
		 * @param wakeup the wake-up pipe to poll along with the sockets
		 * @throws IOException when the pipe fails
		 */
		void run(Pipe.SourceChannel wakeup) throws IOException;

		/**
		 * Close the sockets; what could not be sent is counted as dropped.
		 */
		void close();

	}

}
