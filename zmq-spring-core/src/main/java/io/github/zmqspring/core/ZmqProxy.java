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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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
 * {@code ZMQ.proxy} it is stopped, paused and resumed through flags and a wake-up (never an
 * interrupt), counts what it forwards and drops, and pushes back instead of buffering: a
 * message the other side cannot take yet stays pending and that direction stops reading.
 *
 * @author zmq-spring-boot
 */
public final class ZmqProxy implements ZmqEndpoint {

	private static final Log logger = LogFactory.getLog(ZmqProxy.class);

	private static final int BATCH = 512;

	/**
	 * The classic proxies of the ZeroMQ Guide.
	 */
	public enum Type {

		/** Request/reply broker: ROUTER frontend for clients, DEALER backend for workers. */
		QUEUE(SocketType.ROUTER, SocketType.DEALER, true),

		/**
		 * Publish/subscribe forwarder: XSUB frontend for publishers, XPUB backend for
		 * subscribers (subscriptions travel back upstream).
		 */
		FORWARDER(SocketType.XSUB, SocketType.XPUB, true),

		/** Pipeline streamer: PULL frontend for pushers, PUSH backend for workers; one way. */
		STREAMER(SocketType.PULL, SocketType.PUSH, false);

		private final SocketType frontend;

		private final SocketType backend;

		private final boolean bothWays;

		Type(SocketType frontend, SocketType backend, boolean bothWays) {
			this.frontend = frontend;
			this.backend = backend;
			this.bothWays = bothWays;
		}

		/** @return the frontend socket type */
		public SocketType frontend() {
			return this.frontend;
		}

		/** @return the backend socket type */
		public SocketType backend() {
			return this.backend;
		}

	}

	private final ZContext context;

	private final String id;

	private final Type type;

	private final ZmqEndpointDefinition frontend;

	private final ZmqEndpointDefinition backend;

	private final List<ZmqSocketCustomizer> customizers;

	private final ZmqEndpointStatistics statistics;

	private final Object lifecycleMonitor = new Object();

	private volatile Duration shutdownTimeout = Duration.ofSeconds(10);

	private volatile @Nullable ZmqSocketLoop capture;

	private volatile boolean autoStartup = true;

	private volatile ZmqEndpointState state = ZmqEndpointState.STOPPED;

	private volatile boolean paused;

	private volatile boolean stopRequested;

	private volatile List<String> boundAddresses = List.of();

	private volatile @Nullable Throwable failure;

	private volatile Pipe.@Nullable SinkChannel wakeupSink;

	private @Nullable Thread thread;

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
		Assert.hasText(id, "'id' must not be empty");
		this.context = context;
		this.id = id;
		this.type = type;
		this.frontend = frontend.withType(type.frontend());
		this.backend = backend.withType(type.backend());
		this.customizers = List.copyOf(customizers);
		this.statistics = new ZmqEndpointStatistics(id);
	}

	/**
	 * Set how long {@link #stop()} waits for the thread to end.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Republish a copy of every message forwarded (both ways) on another endpoint, e.g. a
	 * PUB socket for monitoring. A copy the capture endpoint cannot queue at once is counted
	 * as an {@code hwm} drop; the proxy itself never waits for it.
	 * @param capture the capture endpoint, or {@code null} for none
	 */
	public void setCapture(@Nullable ZmqSocketLoop capture) {
		this.capture = capture;
	}

	/**
	 * Set whether the registry starts the proxy with the application context.
	 * @param autoStartup {@code false} to start it on demand
	 */
	public void setAutoStartup(boolean autoStartup) {
		this.autoStartup = autoStartup;
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.thread != null) {
				return;
			}
			this.stopRequested = false;
			this.failure = null;
			this.state = ZmqEndpointState.STARTING;
			Pipe pipe = openPipe();
			this.wakeupSink = pipe.sink();
			CountDownLatch opened = new CountDownLatch(1);
			Thread proxyThread = new Thread(() -> run(pipe.source(), opened), "zmq-" + this.id + "-proxy");
			this.thread = proxyThread;
			proxyThread.start();
			try {
				opened.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			Throwable cause = this.failure;
			if (cause != null) {
				this.thread = null;
				throw new ZmqException("ZeroMQ proxy '" + this.id + "' failed to start: " + cause.getMessage(), cause);
			}
		}
	}

	@Override
	public void stop() {
		synchronized (this.lifecycleMonitor) {
			Thread proxyThread = this.thread;
			if (proxyThread == null) {
				return;
			}
			this.stopRequested = true;
			this.state = ZmqEndpointState.STOPPING;
			wakeup();
			long joinMillis = this.shutdownTimeout.toMillis() + 1000;
			try {
				proxyThread.join(joinMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (proxyThread.isAlive()) {
				logger.error("ZeroMQ proxy '" + this.id + "' did not stop within " + joinMillis + "ms; leaving its thread");
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

	private void wakeup() {
		Pipe.SinkChannel sink = this.wakeupSink;
		if (sink != null) {
			try {
				sink.write(ByteBuffer.wrap(new byte[] { 1 }));
			}
			catch (IOException ex) {
				// the proxy has closed its pipe: nothing left to wake
			}
		}
	}

	private void run(Pipe.SourceChannel wakeupSource, CountDownLatch opened) {
		ZMQ.Socket front = null;
		ZMQ.Socket back = null;
		Selector selector = null;
		try {
			front = open(this.frontend);
			back = open(this.backend);
			List<String> bound = new ArrayList<>();
			bind(front, this.frontend, bound);
			bind(back, this.backend, bound);
			this.boundAddresses = List.copyOf(bound);
			selector = this.context.createSelector();
			this.state = this.paused ? ZmqEndpointState.PAUSED : ZmqEndpointState.RUNNING;
			opened.countDown();
			new Forwarding(front, back, wakeupSource, selector).loop();
			this.state = ZmqEndpointState.STOPPED;
		}
		catch (Throwable ex) {
			this.failure = ex;
			this.state = ZmqEndpointState.FAILED;
			if (opened.getCount() == 0) {
				logger.error("ZeroMQ proxy '" + this.id + "' died", ex);
			}
		}
		finally {
			this.wakeupSink = null;
			if (front != null) {
				front.close();
			}
			if (back != null) {
				back.close();
			}
			if (selector != null) {
				this.context.closeSelector(selector);
			}
			try {
				wakeupSource.close();
			}
			catch (IOException ex) {
				// nothing to do
			}
			opened.countDown();
		}
	}

	private ZMQ.Socket open(ZmqEndpointDefinition definition) {
		ZMQ.Socket socket = this.context.getContext().socket(definition.type());
		definition.options().applyTo(socket);
		for (ZmqSocketCustomizer customizer : this.customizers) {
			customizer.customize(definition, socket);
		}
		return socket;
	}

	private static void bind(ZMQ.Socket socket, ZmqEndpointDefinition definition, List<String> bound) {
		for (String address : definition.bind()) {
			socket.bind(address);
			bound.add(socket.getLastEndpoint());
		}
		for (String address : definition.connect()) {
			socket.connect(address);
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

	@Override
	public String getId() {
		return this.id;
	}

	/** @return the kind of proxy */
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
	public ZmqEndpointState getState() {
		return this.state;
	}

	@Override
	public List<String> getBoundAddresses() {
		return this.boundAddresses;
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
	public int getInFlight() {
		return 0;
	}

	@Override
	public boolean isAutoStartup() {
		return this.autoStartup;
	}

	@Override
	public String toString() {
		return "ZmqProxy[" + this.id + ", " + this.type + ", " + this.state + "]";
	}

	/**
	 * The forwarding loop; lives on the proxy thread only.
	 */
	private final class Forwarding {

		private final Direction toBack;

		private final @Nullable Direction toFront;

		private final ZMQ.Socket front;

		private final ZMQ.Socket back;

		private final Pipe.SourceChannel wakeupSource;

		private final Selector selector;

		private final ByteBuffer drain = ByteBuffer.allocate(64);

		Forwarding(ZMQ.Socket front, ZMQ.Socket back, Pipe.SourceChannel wakeupSource, Selector selector) {
			this.front = front;
			this.back = back;
			this.toBack = new Direction(front, back);
			this.toFront = ZmqProxy.this.type.bothWays ? new Direction(back, front) : null;
			this.wakeupSource = wakeupSource;
			this.selector = selector;
		}

		void loop() throws IOException {
			while (!ZmqProxy.this.stopRequested) {
				while (this.wakeupSource.read(this.drain) > 0) {
					this.drain.clear();
				}
				boolean reading = !ZmqProxy.this.paused;
				boolean progress = this.toBack.forward(reading);
				if (this.toFront != null) {
					progress |= this.toFront.forward(reading);
				}
				if (!progress) {
					ZMQ.poll(this.selector, pollItems(reading), -1);
				}
			}
			this.toBack.dropPending();
			if (this.toFront != null) {
				this.toFront.dropPending();
			}
		}

		private ZMQ.PollItem[] pollItems(boolean reading) {
			List<ZMQ.PollItem> items = new ArrayList<>(3);
			items.add(new ZMQ.PollItem(this.wakeupSource, ZMQ.Poller.POLLIN));
			Direction toFront = this.toFront;
			int frontEvents = this.toBack.events(reading, true) | ((toFront != null) ? toFront.events(reading, false) : 0);
			int backEvents = ((toFront != null) ? toFront.events(reading, true) : 0) | this.toBack.events(reading, false);
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
		 * The poll events this direction wants on its source (reading) or target (writing).
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
				ZmqProxy.this.statistics.dropped(ZmqDropReason.HWM, "capture endpoint '" + target.getId()
						+ "' is not taking copies");
			}
		}

		void dropPending() {
			if (this.pending != null) {
				ZmqProxy.this.statistics.dropped(ZmqDropReason.SHUTDOWN, "proxy stopped with a message not forwarded");
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
				ZmqProxy.this.statistics.received();
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
						ZmqProxy.this.statistics.dropped(ZmqDropReason.HWM, "reply to a full peer");
						return true;
					}
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() != zmq.ZError.EHOSTUNREACH) {
						throw ex;
					}
					ZmqProxy.this.statistics.dropped(ZmqDropReason.UNROUTABLE, "no peer with the message's routing id");
					return true;
				}
				firstFrame = false;
			}
			ZmqProxy.this.statistics.sent();
			return true;
		}

	}

}
