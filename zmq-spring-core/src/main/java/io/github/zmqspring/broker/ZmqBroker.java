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
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.zmqspring.core.AbstractZmqEndpoint;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqRouterBacklog;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.protocol.ZmqStatus;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import org.zeromq.ZMsg;

/**
 * A Majordomo (MDP/0.2, ZeroMQ RFC 18) service broker: one ROUTER socket, owned by one
 * thread ({@code zmq-<id>-broker}), serves both MDP clients and MDP workers.
 * <p>
 * Each service has a queue of requests (oldest first) and a list of ready workers (least
 * recently used first); a request goes to the worker that has waited longest, never to a
 * busy one. A request beyond the service's {@code maxQueued} is refused at once (status
 * 429), one that waits longer than {@code maxWait} fails (504), and one whose worker dies
 * or disconnects fails (502) unless the service is idempotent, in which case it is handed
 * to the next worker. The broker sends HEARTBEAT to every worker each heartbeat interval
 * and removes a worker it heard nothing from for {@code liveness} intervals. A worker
 * that sends a valid command the broker does not expect (HEARTBEAT or a reply from a
 * worker it does not know, a second READY, a reply for another client) gets DISCONNECT,
 * as the RFC requires; after a broker restart that makes workers reconnect and register
 * again. A message that is not MDP/0.2 is dropped and counted as {@code malformed}. Every
 * refusal is an error reply to the client (see {@link BrokerRequest#error}) and a counted
 * drop.
 * <p>
 * The broker never waits on a peer. A message for a client whose queue is full waits in a
 * {@link ZmqRouterBacklog}, in order per client, as a ROUTER endpoint's replies do, for
 * up to the send timeout and with at most the send queue capacity waiting; a REQUEST a
 * worker cannot take stays first in line for the next worker.
 */
public final class ZmqBroker extends AbstractZmqEndpoint {

	private static final int BATCH = 512;

	private final ZContext context;

	private final ZmqEndpointDefinition definition;

	private final ZmqBrokerSettings settings;

	private final List<ZmqSocketCustomizer> customizers;

	private final Map<String, ZmqBrokerServiceStatistics> statistics = new ConcurrentHashMap<>();

	private volatile Consumer<ZmqBrokerServiceStatistics> serviceListener = (service) -> {
	};

	private volatile int inFlight;

	/**
	 * Create a broker; nothing opens until {@link #start()}.
	 * @param context the ZeroMQ context
	 * @param definition the ROUTER socket's addresses and options (its type is set to
	 * ROUTER)
	 * @param settings heartbeating and per-service settings
	 * @param customizers socket customizers
	 */
	public ZmqBroker(ZContext context, ZmqEndpointDefinition definition, ZmqBrokerSettings settings,
			List<ZmqSocketCustomizer> customizers) {
		super(definition.name(), "zmq-" + definition.name() + "-broker");
		this.context = context;
		this.definition = definition.withType(SocketType.ROUTER);
		this.settings = settings;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Be told of every service the broker knows, now and whenever a new one appears (on
	 * the broker's thread: the listener must return at once), e.g. to bind its meters.
	 * @param listener the listener
	 */
	public void setServiceListener(Consumer<ZmqBrokerServiceStatistics> listener) {
		this.serviceListener = listener;
		this.statistics.values().forEach(listener);
	}

	/**
	 * @return the services the broker knows, with their counts
	 */
	public Collection<ZmqBrokerServiceStatistics> getServices() {
		return List.copyOf(this.statistics.values());
	}

	/**
	 * @return the broker's settings
	 */
	public ZmqBrokerSettings getSettings() {
		return this.settings;
	}

	@Override
	protected Session open() {
		ZMQ.Socket socket = openSocket(this.context, this.definition, this.customizers);
		try {
			socket.setRouterMandatory(true);
			return new Brokering(socket, this.context.createSelector());
		}
		catch (RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	@Override
	protected String describe() {
		return "broker";
	}

	@Override
	public SocketType getSocketType() {
		return SocketType.ROUTER;
	}

	@Override
	public ZmqEndpointRole getRole() {
		return ZmqEndpointRole.BROKER;
	}

	/**
	 * @return how many requests workers hold
	 */
	@Override
	public int getInFlight() {
		return this.inFlight;
	}

	@Override
	public String toString() {
		return "ZmqBroker[" + getId() + ", " + getState() + "]";
	}

	/**
	 * The broker proper; lives on the broker thread only.
	 */
	private final class Brokering implements Session {

		private final ZMQ.Socket socket;

		private final Selector selector;

		private final ByteBuffer drain = ByteBuffer.allocate(64);

		private final ZmqRouterBacklog backlog = new ZmqRouterBacklog();

		private final long sendTimeout = ZmqBroker.this.definition.sendTimeout().toNanos();

		private final Map<String, BrokerService> services = new HashMap<>();

		private final Map<String, BrokerWorker> workers = new HashMap<>();

		private final long interval = ZmqBroker.this.settings.heartbeatInterval().toNanos();

		private final long expiry = ZmqBroker.this.settings.expiry().toNanos();

		private long nextHeartbeat = System.nanoTime() + this.interval;

		Brokering(ZMQ.Socket socket, Selector selector) {
			this.socket = socket;
			this.selector = selector;
		}

		/**
		 * Work while there is work, then sleep in the selector on two channels registered
		 * once, as {@code ZmqSocketLoop} does: the wake-up pipe and the socket's mailbox,
		 * which becomes readable when ZeroMQ has news for the socket. Before sleeping the
		 * loop asks the socket for its events (which processes that news) and sleeps only
		 * when there is nothing to read, at most until the next heartbeat or request
		 * deadline.
		 */
		@Override
		public void run(Pipe.SourceChannel wakeup) throws IOException {
			SelectionKey wake = wakeup.register(this.selector, SelectionKey.OP_READ);
			this.socket.getFD().register(this.selector, SelectionKey.OP_READ);
			Set<SelectionKey> selected = this.selector.selectedKeys();
			while (!isStopRequested()) {
				boolean reading = !isPaused();
				boolean progress = retryBacklog() > 0;
				progress |= reading && receiveBatch();
				long now = System.nanoTime();
				if (now - this.nextHeartbeat >= 0) {
					heartbeat(now);
					this.nextHeartbeat = now + this.interval;
				}
				expireRequests(now);
				if (progress) {
					worked();
				}
				else {
					readyToSleep();
					boolean readable = reading && (this.socket.getEvents() & ZMQ.Poller.POLLIN) != 0;
					if (!isStopRequested() && !readable) {
						sleep(this.selector, pollTimeout(now));
						if (selected.contains(wake)) {
							drain(wakeup, this.drain);
						}
						selected.clear();
					}
				}
			}
			failAll();
			flushBacklog(wakeup, wake);
		}

		/**
		 * Give the replies still parked until the shutdown timeout to go out (retried
		 * each millisecond); what is left then is counted.
		 */
		private void flushBacklog(Pipe.SourceChannel wakeup, SelectionKey wake) throws IOException {
			Set<SelectionKey> selected = this.selector.selectedKeys();
			while (!this.backlog.isEmpty() && System.nanoTime() - stopDeadline() < 0) {
				if (retryBacklog() == 0) {
					this.selector.select(1);
					if (selected.contains(wake)) {
						drain(wakeup, this.drain);
					}
					selected.clear();
				}
			}
			this.backlog.clear((message) -> getStatistics().dropped(ZmqDropReason.SHUTDOWN,
					"reply to a full client not sent within the shutdown timeout"));
		}

		private long pollTimeout(long now) {
			if (!this.backlog.isEmpty()) {
				return 1;
			}
			long until = this.nextHeartbeat;
			for (BrokerService service : this.services.values()) {
				BrokerRequest first = service.requests.peekFirst();
				if (first != null && first.deadline - until < 0) {
					until = first.deadline;
				}
			}
			return Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - now) + 1);
		}

		@Override
		public void close() {
			this.socket.close();
			ZmqBroker.this.context.closeSelector(this.selector);
		}

		private boolean receiveBatch() {
			int received = 0;
			while (received < BATCH) {
				byte[] first = this.socket.recv(ZMQ.DONTWAIT);
				if (first == null) {
					break;
				}
				List<byte[]> frames = new ArrayList<>();
				frames.add(first);
				long bytes = first.length;
				while (this.socket.hasReceiveMore()) {
					byte[] frame = this.socket.recv(0);
					frames.add(frame);
					bytes += frame.length;
				}
				received++;
				getStatistics().received(bytes);
				onMessage(frames);
			}
			return received > 0;
		}

		private void onMessage(List<byte[]> frames) {
			if (frames.size() < 3) {
				malformed("a " + frames.size() + "-frame message is no MDP/0.2 command");
				return;
			}
			byte[] header = frames.get(1);
			if (Mdp.isHeader(header, Mdp.CLIENT)) {
				onClient(frames);
			}
			else if (Mdp.isHeader(header, Mdp.WORKER)) {
				onWorker(frames);
			}
			else {
				malformed("the second frame is neither MDPC02 nor MDPW02");
			}
		}

		/**
		 * {@code [client]["MDPC02"][0x01][service][body]...}: queue the request, refusing
		 * it when its service's queue is full or a new service would be one too many.
		 */
		private void onClient(List<byte[]> frames) {
			if (frames.size() < 5 || !Mdp.isCommand(frames.get(2), Mdp.CLIENT_REQUEST)
					|| !Mdp.isServiceName(frames.get(3))) {
				malformed("a client command that is not a REQUEST with a printable service name and a body");
				return;
			}
			byte[] client = frames.get(0);
			byte[] serviceName = frames.get(3);
			String name = new String(serviceName, StandardCharsets.US_ASCII);
			BrokerService service = this.services.get(name);
			long now = System.nanoTime();
			if (service == null) {
				if (this.services.size() >= ZmqBroker.this.settings.maxServices()) {
					BrokerRequest refused = new BrokerRequest(client, serviceName, frames.subList(4, frames.size()),
							now);
					getStatistics().dropped(ZmqDropReason.OVERLOADED, "request for service '" + name
							+ "' refused: the broker already knows " + this.services.size() + " services");
					send(refused.error(ZmqStatus.UNAVAILABLE,
							"Broker '" + getId() + "' knows too many services to add '" + name + "'"));
					return;
				}
				service = service(name);
			}
			BrokerRequest request = new BrokerRequest(client, serviceName,
					List.copyOf(frames.subList(4, frames.size())), now + service.settings.maxWait().toNanos());
			if (service.requests.size() >= service.settings.maxQueued()) {
				end(service, ZmqBrokerOutcome.REJECTED);
				getStatistics().dropped(ZmqDropReason.OVERLOADED,
						"request for service '" + name + "' refused: " + service.requests.size() + " already queued");
				send(request.error(ZmqStatus.TOO_MANY_REQUESTS, "Service '" + name + "' has " + service.requests.size()
						+ " requests waiting for a worker, the most broker '" + getId() + "' queues"));
				return;
			}
			service.requests.addLast(request);
			dispatch(service);
		}

		private void onWorker(List<byte[]> frames) {
			byte[] identity = frames.get(0);
			String key = new String(identity, StandardCharsets.ISO_8859_1);
			BrokerWorker worker = this.workers.get(key);
			byte[] command = frames.get(2);
			int size = frames.size();
			if (command.length != 1) {
				invalid(worker, identity, "a worker command frame of " + command.length + " bytes");
				return;
			}
			switch (command[0]) {
				case Mdp.READY -> {
					if (size != 4 || !Mdp.isServiceName(frames.get(3))) {
						invalid(worker, identity, "a READY without exactly one printable service name");
					}
					else if (worker != null) {
						disconnect(worker, "sent a second READY");
					}
					else {
						register(identity, key, new String(frames.get(3), StandardCharsets.US_ASCII));
					}
				}
				case Mdp.PARTIAL, Mdp.FINAL -> {
					if (size < 6 || frames.get(4).length != 0) {
						invalid(worker, identity, "a reply without client address, empty delimiter and body");
					}
					else {
						onReply(worker, identity, command[0] == Mdp.FINAL, frames);
					}
				}
				case Mdp.HEARTBEAT -> {
					if (size != 3) {
						invalid(worker, identity, "a HEARTBEAT with extra frames");
					}
					else if (worker == null) {
						sendDisconnect(identity);
					}
					else {
						worker.expiry = System.nanoTime() + this.expiry;
					}
				}
				case Mdp.DISCONNECT -> {
					if (worker != null) {
						remove(worker, "disconnected");
					}
				}
				default ->
					invalid(worker, identity, "unknown worker command 0x" + Integer.toHexString(command[0] & 0xFF));
			}
		}

		private void register(byte[] identity, String key, String serviceName) {
			BrokerService service = this.services.get(serviceName);
			if (service == null) {
				if (this.services.size() >= ZmqBroker.this.settings.maxServices()) {
					getStatistics().dropped(ZmqDropReason.OVERLOADED,
							"READY for service '" + serviceName + "' refused: too many services");
					sendDisconnect(identity);
					return;
				}
				service = service(serviceName);
			}
			BrokerWorker worker = new BrokerWorker(identity, key, service, System.nanoTime() + this.expiry);
			this.workers.put(key, worker);
			service.workers++;
			service.idle.addLast(worker);
			dispatch(service);
		}

		/**
		 * A PARTIAL or FINAL: pass it on to the client, who must be the one whose request
		 * the worker holds (a worker cannot address arbitrary clients). After FINAL the
		 * worker is ready again, behind the others.
		 */
		private void onReply(@Nullable BrokerWorker worker, byte[] identity, boolean last, List<byte[]> frames) {
			if (worker == null) {
				sendDisconnect(identity);
				return;
			}
			BrokerRequest request = worker.request;
			if (request == null || !Arrays.equals(request.client, frames.get(3))) {
				disconnect(worker, "replied to a client whose request it does not hold");
				return;
			}
			worker.expiry = System.nanoTime() + this.expiry;
			ZMsg reply = Mdp.toClient(request.client, last ? Mdp.CLIENT_FINAL : Mdp.CLIENT_PARTIAL, request.service);
			for (int i = 5; i < frames.size(); i++) {
				reply.add(frames.get(i));
			}
			send(reply);
			if (last) {
				worker.request = null;
				ZmqBroker.this.inFlight--;
				BrokerService service = worker.service;
				end(service, ZmqBrokerOutcome.COMPLETED);
				service.idle.addLast(worker);
				dispatch(service);
			}
		}

		/**
		 * Hand queued requests to idle workers, least recently used first. A worker that
		 * cannot be sent its request (gone, or its queue full) is removed and the request
		 * stays first in line.
		 */
		private void dispatch(BrokerService service) {
			while (!service.idle.isEmpty() && !service.requests.isEmpty()) {
				BrokerWorker worker = service.idle.pollFirst();
				BrokerRequest request = service.requests.pollFirst();
				if (sendToWorker(request.toWorker(worker.identity))) {
					worker.request = request;
					ZmqBroker.this.inFlight++;
				}
				else {
					// never delivered, so safe to hand to the next worker; this one is
					// gone or stuck
					service.requests.addFirst(request);
					remove(worker, "could not be sent a request");
				}
			}
			service.publish();
		}

		private void heartbeat(long now) {
			List<BrokerWorker> dead = new ArrayList<>();
			for (BrokerWorker worker : this.workers.values()) {
				if (now - worker.expiry >= 0) {
					dead.add(worker);
				}
				else {
					sendControl(Mdp.workerCommand(worker.identity, Mdp.HEARTBEAT));
				}
			}
			dead.forEach((worker) -> remove(worker, "sent nothing for " + ZmqBroker.this.settings.expiry()));
		}

		private void expireRequests(long now) {
			for (BrokerService service : this.services.values()) {
				BrokerRequest first;
				boolean expired = false;
				while ((first = service.requests.peekFirst()) != null && now - first.deadline >= 0) {
					service.requests.pollFirst();
					expired = true;
					end(service, ZmqBrokerOutcome.EXPIRED);
					getStatistics().dropped(ZmqDropReason.EXPIRED, "no worker of service '" + service.name
							+ "' took a request within " + service.settings.maxWait());
					send(first.error(ZmqStatus.GATEWAY_TIMEOUT, "No worker of service '" + service.name
							+ "' took the request within " + service.settings.maxWait()));
				}
				if (expired) {
					service.publish();
				}
			}
		}

		/**
		 * Forget a worker. The request it held goes back to the head of its queue when
		 * the service is idempotent, else it fails with 502.
		 */
		private void remove(BrokerWorker worker, String why) {
			if (this.workers.remove(worker.key) == null) {
				return;
			}
			BrokerService service = worker.service;
			service.workers--;
			service.idle.remove(worker);
			BrokerRequest request = worker.request;
			if (request != null) {
				worker.request = null;
				ZmqBroker.this.inFlight--;
				if (service.settings.idempotent()) {
					service.requests.addFirst(request);
				}
				else {
					end(service, ZmqBrokerOutcome.WORKER_LOST);
					getStatistics().dropped(ZmqDropReason.WORKER_LOST,
							"the worker of service '" + service.name + "' holding a request " + why);
					send(request.error(ZmqStatus.BAD_GATEWAY, "The worker of service '" + service.name
							+ "' handling the request " + why + " before its final reply"));
				}
			}
			dispatch(service);
		}

		private void disconnect(BrokerWorker worker, String why) {
			sendDisconnect(worker.identity);
			remove(worker, why);
		}

		private void invalid(@Nullable BrokerWorker worker, byte[] identity, String what) {
			malformed(what);
			if (worker != null) {
				disconnect(worker, "sent an invalid message");
			}
		}

		private void sendDisconnect(byte[] identity) {
			sendControl(Mdp.workerCommand(identity, Mdp.DISCONNECT));
		}

		private void malformed(String what) {
			getStatistics().dropped(ZmqDropReason.MALFORMED, what);
		}

		private BrokerService service(String name) {
			BrokerService service = new BrokerService(name, ZmqBroker.this.settings.forService(name));
			this.services.put(name, service);
			ZmqBroker.this.statistics.put(name, service.statistics);
			ZmqBroker.this.serviceListener.accept(service.statistics);
			return service;
		}

		private void end(BrokerService service, ZmqBrokerOutcome outcome) {
			service.statistics.ended(outcome);
		}

		/** Requests still queued or held when the broker stops get 503. */
		private void failAll() {
			for (BrokerWorker worker : this.workers.values()) {
				BrokerRequest request = worker.request;
				if (request != null) {
					send(request.error(ZmqStatus.UNAVAILABLE, "Broker '" + getId() + "' stopped"));
				}
				sendDisconnect(worker.identity);
			}
			for (BrokerService service : this.services.values()) {
				service.requests.forEach((request) -> {
					getStatistics().dropped(ZmqDropReason.SHUTDOWN,
							"request for service '" + service.name + "' still queued when the broker stopped");
					send(request.error(ZmqStatus.UNAVAILABLE, "Broker '" + getId() + "' stopped"));
				});
				service.requests.clear();
				service.idle.clear();
				service.workers = 0;
				service.publish();
			}
			this.workers.clear();
			ZmqBroker.this.inFlight = 0;
		}

		/**
		 * Send a HEARTBEAT or DISCONNECT. One a worker cannot take now is no loss (its
		 * liveness decides), so it is not counted as a dropped message.
		 */
		private void sendControl(ZMsg message) {
			sendToWorker(message);
		}

		/**
		 * Send a message to a worker without waiting.
		 * @return whether it went out
		 */
		private boolean sendToWorker(ZMsg message) {
			return trySend(message) == Outcome.SENT;
		}

		/**
		 * Send a message for a client: one the client cannot take now waits in the
		 * backlog (behind any earlier ones to the same client), one for a client that is
		 * gone is a counted drop.
		 */
		private void send(ZMsg message) {
			if (!this.backlog.holdsPeerOf(message)) {
				Outcome outcome = trySend(message);
				if (outcome != Outcome.FULL) {
					countUnroutable(outcome);
					return;
				}
			}
			if (this.backlog.size() >= ZmqBroker.this.definition.sendQueueCapacity()) {
				getStatistics().dropped(ZmqDropReason.HWM, "a client is not taking replies and " + this.backlog.size()
						+ " replies already wait for full clients");
				return;
			}
			this.backlog.park(message, System.nanoTime() + this.sendTimeout);
		}

		/**
		 * @return how many parked messages went out or expired
		 */
		private int retryBacklog() {
			if (this.backlog.isEmpty()) {
				return 0;
			}
			return this.backlog.retry((message) -> {
				Outcome outcome = trySend(message);
				countUnroutable(outcome);
				return outcome != Outcome.FULL;
			}, (message) -> getStatistics().dropped(ZmqDropReason.HWM,
					"a client did not take a " + message.size()
							+ "-frame reply within the send timeout (its high-water mark stayed reached)"),
					System.nanoTime());
		}

		private void countUnroutable(Outcome outcome) {
			if (outcome == Outcome.GONE) {
				getStatistics().dropped(ZmqDropReason.UNROUTABLE, "the client is no longer connected");
			}
		}

		/**
		 * Send without waiting: a peer whose queue is full or who is gone never stalls
		 * the broker.
		 * @return whether the message went out, does not fit now, or has no peer
		 */
		private Outcome trySend(ZMsg message) {
			int remaining = message.size();
			long bytes = 0;
			try {
				for (ZFrame frame : message) {
					remaining--;
					bytes += frame.size();
					if (!this.socket.send(frame.getData(),
							(remaining > 0) ? ZMQ.SNDMORE | ZMQ.DONTWAIT : ZMQ.DONTWAIT)) {
						return Outcome.FULL;
					}
				}
			}
			catch (ZMQException ex) {
				if (ex.getErrorCode() != zmq.ZError.EHOSTUNREACH) {
					throw ex;
				}
				return Outcome.GONE;
			}
			getStatistics().sent(bytes);
			return Outcome.SENT;
		}

	}

	/**
	 * What became of a message the broker tried to send.
	 */
	private enum Outcome {

		SENT, FULL, GONE

	}

}
