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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.zmqspring.broker.Mdp;
import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqDrainingExecutor;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.observation.DefaultZmqClientObservationConvention;
import io.github.zmqspring.observation.ZmqClientObservationContext;
import io.github.zmqspring.observation.ZmqClientObservationConvention;
import io.github.zmqspring.observation.ZmqObservationDocumentation;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqFrames;
import io.github.zmqspring.protocol.ZmqProtocolException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMsg;

import org.springframework.scheduling.TaskScheduler;

/**
 * Request/reply over one DEALER socket with many requests in flight, matched to their
 * replies by correlation id. Replies complete futures (and convert replies) on the
 * callback executor, or on the socket thread itself when the endpoint's dispatch is
 * {@link ZmqDispatchMode#DIRECT direct}; a blocking request always completes on the
 * socket thread, and its caller converts the reply. Expired requests fail with
 * {@link ZmqTimeoutException}; errors sent by the server fail with
 * {@link ZmqRemoteException}; a reply for a request no longer pending is counted as a
 * late reply. Requests made before the server is up wait in ZeroMQ's queue until their
 * timeout. A client with one server address fails its pending requests with
 * {@link ZmqPeerLostException} soon after its connection is lost (closed by the server,
 * or found dead by ZMTP heartbeats). A client whose server addresses are found at run
 * time fails a request at once with {@link ZmqNoInstancesException} while it knows none.
 * <p>
 * An endpoint with a {@link ZmqEndpointDefinition#service() service} talks to a Majordomo
 * (MDP/0.2) broker: each request is an MDP REQUEST for that service with the envelope and
 * body as its body frames, and replies arrive as PARTIAL or FINAL with the envelope
 * inside. Through a broker no cancel is sent (a broker cannot reach the worker holding a
 * request) and one-way messages are refused, since every MDP request gets a reply.
 */
public final class ZmqRequestReplyClient {

	private static final long SAFETY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final ZmqSocketLoop loop;

	/** The MDP service asked for through a broker, or {@code null} for a direct link. */
	private final byte @Nullable [] service;

	private final Executor callbackExecutor;

	private final TaskScheduler scheduler;

	private final PendingReplies pending;

	private final AtomicLong reconnectedAtReceived = new AtomicLong(-1);

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable ZmqClientObservationConvention observationConvention;

	/**
	 * Create a client; its socket opens when the registry starts it.
	 * @param context the ZeroMQ context
	 * @param definition the endpoint to connect
	 * @param customizers socket customizers
	 * @param callbackExecutor completes futures and converts replies, unless the
	 * endpoint's dispatch is {@link ZmqDispatchMode#DIRECT direct}
	 * @param scheduler runs the periodic expiry check
	 */
	public ZmqRequestReplyClient(ZContext context, ZmqEndpointDefinition definition,
			List<ZmqSocketCustomizer> customizers, Executor callbackExecutor, TaskScheduler scheduler) {
		this.loop = new ZmqSocketLoop(context, definition.withType(SocketType.DEALER), ZmqEndpointRole.CLIENT,
				customizers, this::onMessage, Integer.MAX_VALUE);
		// replies arrive in bursts: completing them costs a few thread hand-offs, not one
		// each
		this.callbackExecutor = (definition.dispatch() == ZmqDispatchMode.DIRECT) ? Runnable::run
				: new ZmqDrainingExecutor(callbackExecutor, Integer.MAX_VALUE);
		this.scheduler = scheduler;
		String service = definition.service();
		this.service = (service != null) ? service.getBytes(StandardCharsets.US_ASCII) : null;
		this.pending = new PendingReplies(this.loop.getId(), definition.maxInFlight(), scheduler,
				this::sendCancelQuietly);
		if (definition.connect().size() == 1 && definition.bind().isEmpty()) {
			this.loop.getConnectionMonitor()
				.addListener(new PeerLossDetector(this.loop.getStatistics()::getReceived, this::failOnPeerLoss));
		}
	}

	/**
	 * Set the registry of the {@code zmq.client.requests} observations; none by default.
	 * @param observationRegistry the registry
	 */
	public void setObservationRegistry(ObservationRegistry observationRegistry) {
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Set a convention to name and tag the observations instead of the default one.
	 * @param observationConvention the convention, or {@code null} for the default
	 */
	public void setObservationConvention(@Nullable ZmqClientObservationConvention observationConvention) {
		this.observationConvention = observationConvention;
	}

	/**
	 * @return the socket loop, to register with the endpoint registry
	 */
	public ZmqSocketLoop getEndpoint() {
		return this.loop;
	}

	/**
	 * @return the endpoint definition
	 */
	public ZmqEndpointDefinition getDefinition() {
		return this.loop.getDefinition();
	}

	Executor getCallbackExecutor() {
		return this.callbackExecutor;
	}

	TaskScheduler getScheduler() {
		return this.scheduler;
	}

	/**
	 * The Lazy Pirate's "reconnect on the way", for a request that got no reply: when
	 * nothing at all arrived on the socket since it was sent, its connection may be dead
	 * without TCP knowing (a cut link, a vanished host), so the socket thread drops and
	 * re-opens the connections to every {@code connect} address, once per such silence.
	 * Messages still queued on the old connections are lost with them.
	 * @param receivedWhenSent the socket's received count when the request was sent
	 * @return whether a reconnect was requested
	 */
	boolean reconnectIfSilent(long receivedWhenSent) {
		long received = this.loop.getStatistics().getReceived();
		List<String> addresses = getDefinition().connect();
		if (received != receivedWhenSent || addresses.isEmpty()
				|| this.reconnectedAtReceived.getAndSet(received) == received) {
			return false;
		}
		try {
			this.loop.execute((socket) -> addresses.forEach((address) -> {
				socket.disconnect(address);
				socket.connect(address);
			}));
			return true;
		}
		catch (ZmqException ex) {
			return false;
		}
	}

	/**
	 * @return how many requests wait for replies
	 */
	public int getInFlight() {
		return this.pending.size();
	}

	/**
	 * Send a request and return the future of its converted reply.
	 * @param <T> the reply type
	 * @param request the request
	 * @param converter converts the reply, on the callback executor
	 * @return the future reply
	 */
	public <T> ZmqReplyFuture<T> request(ZmqRequest request, Function<ZmqReply, T> converter) {
		return request(request, converter, this.callbackExecutor);
	}

	/**
	 * Send a request and wait for its reply. The raw reply completes on the socket
	 * thread, where nothing else can run, and the caller converts it.
	 * @param request the request
	 * @return the reply
	 * @throws ZmqTimeoutException when no reply came within the request's timeout
	 * @throws ZmqRemoteException when the server answered with an error
	 */
	public ZmqReply requestAndWait(ZmqRequest request) {
		ZmqReplyFuture<ZmqReply> future = request(request, Function.identity(), Runnable::run);
		try {
			return future.get(request.timeout().toNanos() + SAFETY_MARGIN_NANOS, TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new ZmqException("Request on endpoint '" + this.loop.getId() + "' failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			future.cancel(false);
			throw new ZmqTimeoutException(
					"No reply from endpoint '" + this.loop.getId() + "' within " + request.timeout());
		}
		catch (InterruptedException ex) {
			future.cancel(false);
			Thread.currentThread().interrupt();
			throw new ZmqException("Interrupted while waiting for a reply from '" + this.loop.getId() + "'", ex);
		}
	}

	private <T> ZmqReplyFuture<T> request(ZmqRequest request, Function<ZmqReply, T> converter, Executor executor) {
		long id = this.pending.nextId();
		ZmqReplyFuture<T> future = new ZmqReplyFuture<>(() -> cancel(id));
		Observation observation = observe(request);
		// a reply's observation stops where the reply is converted, never on the socket
		// thread
		Function<ZmqReply, T> observed = observation.isNoop() ? converter : (reply) -> {
			observation.stop();
			return converter.apply(reply);
		};
		PendingReply pending = new SingleReply<>(future, observed, executor, deadline(request.timeout()));
		start(id, request, observation.isNoop() ? pending : new ObservedReply(pending, observation, false),
				observation);
		return future;
	}

	/**
	 * Send a request whose reply is a stream of elements.
	 * @param request the request; its timeout applies to each element
	 * @param observer receives the elements, on the socket thread: it must hand them over
	 * @return the correlation id, to {@link #cancel(long) cancel} the stream
	 */
	long stream(ZmqRequest request, PendingReply observer) {
		long id = this.pending.nextId();
		Observation observation = observe(request);
		start(id, request, observation.isNoop() ? observer : new ObservedReply(observer, observation, true),
				observation);
		return id;
	}

	/**
	 * Send a one-way message: no reply is expected or waited for.
	 * @param route the route
	 * @param payload the payload
	 * @param headers user headers
	 */
	public void send(String route, ZmqPayload payload, Map<String, String> headers) {
		if (this.service != null) {
			throw new ZmqException("Client endpoint '" + this.loop.getId() + "' talks to a Majordomo broker, where "
					+ "every request gets a reply: one-way messages are not possible, declare a return type");
		}
		ZmqEnvelope envelope = ZmqEnvelope.message(route, payload.contentType(), headers);
		this.loop.send(frames(envelope, payload.bytes()));
	}

	/**
	 * Start the request's {@code zmq.client.requests} observation, whose context carries
	 * the request's headers plus the trace context.
	 * @return the started observation, or a no-op one when none is configured
	 */
	private Observation observe(ZmqRequest request) {
		if (this.observationRegistry.isNoop()) {
			return Observation.NOOP;
		}
		Observation observation = ZmqObservationDocumentation.CLIENT_REQUESTS.observation(this.observationConvention,
				DefaultZmqClientObservationConvention.INSTANCE,
				() -> new ZmqClientObservationContext(this.loop.getId(), request.route(), request.headers()),
				this.observationRegistry);
		return observation.isNoop() ? observation : observation.start();
	}

	private void start(long id, ZmqRequest request, PendingReply reply, Observation observation) {
		if (this.loop.hasNoAddress()) {
			throw new ZmqNoInstancesException("Client endpoint '" + this.loop.getId()
					+ "' knows no server instance to send the request to route '" + request.route()
					+ "' to: its addresses come from discovery and none is known now (see its health)");
		}
		if (!this.pending.add(id, reply)) {
			throw new ZmqException("Client endpoint '" + this.loop.getId() + "' already has "
					+ getDefinition().maxInFlight() + " requests in flight (max-in-flight); request to route '"
					+ request.route() + "' refused");
		}
		Map<String, String> headers = observation.isNoop() ? request.headers()
				: ((ZmqClientObservationContext) observation.getContext()).getCarrier();
		ZmqEnvelope envelope = ZmqEnvelope.request(id, request.route(), request.payload().contentType(), headers);
		try {
			this.loop.send(frames(envelope, request.payload().bytes()));
		}
		catch (RuntimeException ex) {
			PendingReply unsent = this.pending.remove(id);
			if (unsent != null) {
				unsent.abandoned(ex);
				throw ex;
			}
		}
	}

	static long deadline(Duration timeout) {
		return System.nanoTime() + timeout.toNanos();
	}

	/**
	 * Forget a pending request and tell the server to stop working on it.
	 * @param id the correlation id
	 */
	void cancel(long id) {
		PendingReply cancelled = this.pending.remove(id);
		if (cancelled != null) {
			cancelled.abandoned(null);
			sendCancelQuietly(id);
		}
	}

	/**
	 * Frame a message: {@code [""][envelope][body]} on a direct link,
	 * {@code ["MDPC02"][0x01][service][envelope][body]} (an MDP/0.2 REQUEST) to a broker.
	 */
	private ZMsg frames(ZmqEnvelope envelope, byte @Nullable [] body) {
		byte[] service = this.service;
		if (service == null) {
			return ZmqFrames.compose(ZmqFrames.DELIMITER, envelope, body);
		}
		ZMsg message = ZmqFrames.compose(List.of(), envelope, body);
		message.push(service);
		message.push(new byte[] { Mdp.CLIENT_REQUEST });
		message.push(Mdp.CLIENT);
		return message;
	}

	private void onMessage(ZMsg message, Runnable done) {
		try {
			handle(message);
		}
		finally {
			done.run();
		}
	}

	private void handle(ZMsg message) {
		if (this.service != null && !isBrokerReply(message)) {
			drop(ZmqDropReason.MALFORMED, "a reply from the broker that is no MDP/0.2 PARTIAL or FINAL");
			return;
		}
		List<byte[]> frames = ZmqFrames.frames(message);
		int head = ZmqFrames.replyHeadLength(frames);
		if (!ZmqFrames.hasEnvelope(frames, head, false)) {
			drop(ZmqDropReason.MALFORMED, "reply without an envelope");
			return;
		}
		ZmqEnvelope envelope;
		try {
			envelope = ZmqEnvelopeCodec.decode(frames.get(head));
		}
		catch (ZmqProtocolException ex) {
			drop(ZmqDropReason.MALFORMED, ex.getMessage());
			return;
		}
		byte[] body = (frames.size() > head + 1) ? frames.get(head + 1) : ZmqFrames.DELIMITER;
		ZmqReply reply = new ZmqReply(new ZmqPayload(body, envelope.contentType()), envelope.headers());
		long id = envelope.correlationId();
		switch (envelope.kind()) {
			case REPLY -> complete(id, (pending) -> pending.reply(reply));
			case STREAM_ITEM -> {
				PendingReply pending = this.pending.get(id);
				if (pending == null) {
					drop(ZmqDropReason.LATE_REPLY, "stream element for request " + id);
				}
				else if (!pending.item(reply)) {
					this.pending.remove(id);
				}
			}
			case STREAM_END -> complete(id, PendingReply::end);
			case ERROR -> complete(id, (pending) -> pending.fail(new ZmqRemoteException(this.loop.getId(),
					envelope.status(), new String(reply.payload().bytes(), StandardCharsets.UTF_8))));
			default -> drop(ZmqDropReason.MALFORMED, "unexpected " + envelope.kind() + " from the server");
		}
	}

	/**
	 * Check and remove the MDP/0.2 header of a broker's reply,
	 * {@code ["MDPC02"][0x02 PARTIAL | 0x03 FINAL][service]}; the envelope that follows
	 * says whether it is a stream item, its end, a reply or an error.
	 */
	private boolean isBrokerReply(ZMsg message) {
		if (message.size() < 4) {
			return false;
		}
		byte[] header = message.pop().getData();
		byte[] command = message.pop().getData();
		message.pop();
		return Mdp.isHeader(header, Mdp.CLIENT)
				&& (Mdp.isCommand(command, Mdp.CLIENT_PARTIAL) || Mdp.isCommand(command, Mdp.CLIENT_FINAL));
	}

	private void complete(long id, Consumer<PendingReply> action) {
		PendingReply pending = this.pending.remove(id);
		if (pending == null) {
			drop(ZmqDropReason.LATE_REPLY, "no pending request " + id + " (timed out or cancelled)");
			return;
		}
		action.accept(pending);
	}

	private void drop(ZmqDropReason reason, @Nullable String detail) {
		this.loop.getStatistics().dropped(reason, String.valueOf(detail));
	}

	/**
	 * Fail every request that is still pending, e.g. when the application stops.
	 * @param reason why
	 */
	public void failAll(String reason) {
		this.pending.failAll(reason);
	}

	/**
	 * The one server connection of the client was lost after it had carried replies: what
	 * is pending may have been lost with it, so it fails soon rather than at its timeout.
	 * Called on ZeroMQ's I/O thread, which may have received replies the socket thread
	 * has not read yet: the requests pending now fail after a short grace, if still
	 * pending then.
	 */
	private void failOnPeerLoss() {
		this.pending.failOnPeerLoss("Endpoint '" + this.loop.getId() + "' lost its connection to "
				+ getDefinition().connect().get(0) + " while the request was pending");
	}

	/**
	 * Tell the server to stop work nobody waits for, best effort: when the socket is gone
	 * or full the server finishes the request and its reply is dropped as late. A broker
	 * has no way to reach the worker holding the request, so nothing is sent through one.
	 */
	private void sendCancelQuietly(long id) {
		if (this.service != null) {
			return;
		}
		try {
			this.loop.send(frames(ZmqEnvelope.cancel(id), null));
		}
		catch (ZmqException ex) {
			// see above: the reply, if any, is counted as late
		}
	}

}
