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

package io.github.zmqspring.listener;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqSendTimeoutException;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqStatus;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;

/**
 * Serves the requests of one ROUTER or REP socket: processes each message (on the
 * executor, or on the socket thread with direct dispatch), routes it to the method
 * serving its route, and turns the result (a value, a future, a stream) into replies.
 * Every failure becomes an error reply (or a counted drop when no reply is possible) and
 * the socket keeps serving.
 */
final class ZmqRequestDispatcher extends AbstractDispatcher {

	private final boolean router;

	private final Map<String, ListenerInvoker.Route> routes;

	private final ZmqPayloadConverter converter;

	private final @Nullable String replyContentType;

	private final Map<String, Runnable> activeStreams = new ConcurrentHashMap<>();

	private final ErrorReplies errors;

	/**
	 * Create a dispatcher.
	 * @param invoker invokes the methods
	 * @param router {@code true} for ROUTER (replies optional), {@code false} for REP
	 * (REP's rules, applied here on the ROUTER socket that serves a REP endpoint: a
	 * request without the empty delimiter is dropped, every other one gets exactly one
	 * reply)
	 * @param dispatch where the handlers run
	 * @param executor runs the handlers with executor dispatch
	 * @param concurrency how many requests are handled at once with executor dispatch
	 * @param routes the methods by route
	 * @param converter converts replies
	 * @param replyContentType the content type of replies (the endpoint's
	 * {@code content-type}), or {@code null} to let the converter choose by Java type
	 * @param errorReplies what error replies tell the peer
	 */
	ZmqRequestDispatcher(ListenerInvoker invoker, boolean router, ZmqDispatchMode dispatch, Executor executor,
			int concurrency, Map<String, ListenerInvoker.Route> routes, ZmqPayloadConverter converter,
			@Nullable String replyContentType, ZmqErrorReplyOptions errorReplies) {
		super(invoker, dispatch, executor, concurrency);
		this.errors = new ErrorReplies(invoker.endpoint(), errorReplies);
		this.router = router;
		this.routes = Map.copyOf(routes);
		this.converter = converter;
		this.replyContentType = replyContentType;
	}

	@Override
	protected void process(ZMsg message, Runnable done) {
		ZmqInboundRequest request = ZmqInboundRequest.parse(message);
		if (!this.router && !request.delimited()) {
			// REP's rule: a reply goes back to the frames up to the delimiter; without
			// one there is none
			loop().getStatistics()
				.dropped(ZmqDropReason.MALFORMED,
						"a request without the empty delimiter a REP endpoint requires (no reply possible)");
			done.run();
			return;
		}
		String malformation = request.malformation();
		if (malformation != null) {
			rejectMalformed(request, malformation, done);
			return;
		}
		if (request.kind() == ZmqMessageKind.CANCEL) {
			cancelStream(request);
			done.run();
			return;
		}
		ListenerInvoker.Route route = this.routes.get(request.route());
		if (route == null) {
			if (answers(request)) {
				ErrorReplies.Text text = this.errors.noHandler(request.route(), this.routes.keySet());
				loop().getStatistics().dropped(ZmqDropReason.NO_HANDLER, text.detail());
				send(request.error(ZmqStatus.NOT_FOUND, text.reply()));
			}
			else {
				loop().getStatistics()
					.dropped(ZmqDropReason.NO_HANDLER, "no listener for one-way message to '" + request.route() + "'");
			}
			done.run();
			return;
		}
		if (request.bodyFrameCount() > 1 && !route.acceptsFrames()) {
			rejectMalformed(request, "expected one body frame, got " + request.bodyFrameCount()
					+ " (a listener with a ZMsg or List<byte[]> parameter accepts several)", done);
			return;
		}
		Message<byte[]> inbound = request.toMessage(endpoint());
		Observation observation = invoker().observe(loop(), request.route(), inbound);
		request.observe(observation);
		Runnable finish = observation.isNoop() ? done : () -> {
			observation.stop();
			done.run();
		};
		Object result;
		try {
			result = invoker().invoke(loop(), route, request.route(), inbound, observation);
		}
		catch (Exception ex) {
			failed(request, route, ex);
			finish.run();
			return;
		}
		switch (route.mode()) {
			case NONE -> acknowledge(request, finish);
			case VALUE -> {
				reply(request, result);
				finish.run();
			}
			case FUTURE -> replyLater(request, route, (CompletionStage<?>) result, finish);
			case MONO -> replyLater(request, route, ReactorReplies.toFuture(result), finish);
			case FLUX -> offSocketThreadIfDirect(() -> streamFlux(request, result, finish), finish);
			case STREAM -> offSocketThreadIfDirect(() -> streamItems(request, (Stream<?>) result, finish), finish);
		}
	}

	/**
	 * Whether a request is answered: on REP every one is; on ROUTER a request, never a
	 * one-way message.
	 */
	private boolean answers(ZmqInboundRequest request) {
		return !this.router || request.expectsReply();
	}

	private void rejectMalformed(ZmqInboundRequest request, String reason, Runnable done) {
		ErrorReplies.Text text = this.errors.malformed(reason);
		loop().getStatistics().dropped(ZmqDropReason.MALFORMED, text.detail());
		// an envelope that cannot be read does not say it is one-way: answered
		if (request.malformation() != null || answers(request)) {
			send(request.error(ZmqStatus.BAD_REQUEST, text.reply()));
		}
		done.run();
	}

	private void acknowledge(ZmqInboundRequest request, Runnable done) {
		if (!this.router || (request.hasEnvelope() && request.expectsReply())) {
			send(request.reply(new ZmqPayload(new byte[0], null)));
		}
		done.run();
	}

	private void replyLater(ZmqInboundRequest request, ListenerInvoker.Route route, @Nullable CompletionStage<?> result,
			Runnable done) {
		if (result == null) {
			reply(request, null);
			done.run();
			return;
		}
		result.whenComplete((value, ex) -> {
			if (ex != null) {
				failed(request, route, ListenerInvoker.unwrap(ex));
			}
			else {
				reply(request, value);
			}
			done.run();
		});
	}

	private void streamFlux(ZmqInboundRequest request, @Nullable Object flux, Runnable done) {
		if (flux == null) {
			endStream(request, done);
			return;
		}
		String key = request.conversationKey();
		AtomicBoolean finished = new AtomicBoolean();
		Runnable cancel = ReactorReplies.subscribe(flux, (item) -> sendItem(request, item), (ex) -> {
			if (finished.compareAndSet(false, true)) {
				this.activeStreams.remove(key);
				fail(request, ex);
				done.run();
			}
		}, () -> {
			if (finished.compareAndSet(false, true)) {
				this.activeStreams.remove(key);
				endStream(request, done);
			}
		});
		if (!finished.get()) {
			this.activeStreams.put(key, () -> {
				if (finished.compareAndSet(false, true)) {
					cancel.run();
					done.run();
				}
			});
			if (finished.get()) {
				this.activeStreams.remove(key);
			}
		}
	}

	private void streamItems(ZmqInboundRequest request, @Nullable Stream<?> stream, Runnable done) {
		if (stream == null) {
			endStream(request, done);
			return;
		}
		String key = request.conversationKey();
		AtomicBoolean cancelled = new AtomicBoolean();
		this.activeStreams.put(key, () -> cancelled.set(true));
		try (stream) {
			Iterator<?> items = stream.iterator();
			while (!cancelled.get() && items.hasNext()) {
				sendItem(request, items.next());
			}
		}
		catch (RuntimeException ex) {
			this.activeStreams.remove(key);
			fail(request, ex);
			done.run();
			return;
		}
		this.activeStreams.remove(key);
		if (cancelled.get()) {
			done.run();
		}
		else {
			endStream(request, done);
		}
	}

	private void sendItem(ZmqInboundRequest request, Object item) {
		send(request.streamItem(this.converter.toPayload(item, this.replyContentType)));
	}

	private void endStream(ZmqInboundRequest request, Runnable done) {
		ZMsg end = request.streamEnd();
		if (end != null) {
			send(end);
		}
		done.run();
	}

	private void cancelStream(ZmqInboundRequest request) {
		Runnable cancel = this.activeStreams.remove(request.conversationKey());
		if (cancel != null) {
			cancel.run();
		}
		if (!this.router) {
			send(request.reply(new ZmqPayload(new byte[0], null)));
		}
	}

	private void reply(ZmqInboundRequest request, @Nullable Object value) {
		if (!answers(request)) {
			return;
		}
		ZmqPayload payload;
		try {
			payload = (value != null) ? this.converter.toPayload(value, this.replyContentType)
					: new ZmqPayload(new byte[0], null);
		}
		catch (RuntimeException ex) {
			// the handler succeeded but its result cannot be written: the server's fault
			fail(request, ZmqStatus.INTERNAL_ERROR, ex);
			return;
		}
		send(request.reply(payload));
	}

	/**
	 * The method (or its future) failed: its error handler and the dead-letter endpoint
	 * have their say, then the error reply goes out unless the error handler gave a
	 * reply.
	 */
	private void failed(ZmqInboundRequest request, ListenerInvoker.Route route, Throwable ex) {
		ListenerFailures.Outcome outcome = invoker().settle(loop(), request.route(), request.frames(),
				route.errorHandler(), ex);
		if (outcome.reply() != null) {
			reply(request, outcome.reply());
		}
		else if (!outcome.settled() || answers(request)) {
			fail(request, outcome.failure());
		}
	}

	private void fail(ZmqInboundRequest request, Throwable ex) {
		fail(request, status(request, ex), ex);
	}

	/**
	 * The status of a failed request: 415 when its payload could not be read because no
	 * converter supports its content type (or the content type is not a MIME type), 400
	 * for any other payload that cannot be read, 500 for a handler failure.
	 */
	private int status(ZmqInboundRequest request, Throwable ex) {
		int status = ListenerInvoker.status(ex);
		String contentType = request.contentType();
		return (status == ZmqStatus.BAD_REQUEST && contentType != null
				&& !this.converter.supportsContentType(contentType)) ? ZmqStatus.UNSUPPORTED_MEDIA_TYPE : status;
	}

	private void fail(ZmqInboundRequest request, int status, Throwable ex) {
		ListenerObservations.failed(request.observation(), status, ex);
		boolean badInput = status != ZmqStatus.INTERNAL_ERROR;
		ErrorReplies.Text text = this.errors.failure(status, ex, request.contentType());
		if (answers(request)) {
			if (badInput) {
				loop().getStatistics()
					.rejected("route '" + request.route() + "' answered " + status + ": " + text.detail());
			}
			else {
				loop().getStatistics()
					.failed("route '" + request.route() + "' failed, answered " + status + ": " + text.detail(), ex);
			}
			send(request.error(status, text.reply()));
		}
		else {
			loop().getStatistics()
				.dropped(badInput ? ZmqDropReason.UNDECODABLE : ZmqDropReason.HANDLER_ERROR, text.detail());
		}
	}

	private void send(ZMsg message) {
		try {
			loop().send(message);
		}
		catch (ZmqSendTimeoutException ex) {
			loop().getStatistics().dropped(ZmqDropReason.HWM, "reply not queued: " + ex.getMessage());
		}
		catch (ZmqException ex) {
			loop().getStatistics().dropped(ZmqDropReason.SHUTDOWN, "reply not queued: " + ex.getMessage());
		}
	}

}
