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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqFrames;
import io.github.zmqspring.protocol.ZmqProtocolException;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;

/**
 * Serves one-way sockets (SUB, PULL, PAIR): processes each message (on the executor, or
 * on the socket thread with direct dispatch) and invokes the method serving it, chosen by
 * topic (SUB: the longest subscribed prefix) or by the envelope's route. No reply is
 * possible, so every failure is a counted drop and the socket keeps consuming.
 * <p>
 * Accepted frames: {@code [topic][envelope][body]} and {@code [topic][body]} on SUB (a
 * single frame is the body, its topic the prefix it matched), {@code [envelope][body]}
 * and {@code [body]} otherwise. Extra frames in between are metadata: the body is the
 * last frame.
 */
final class ZmqMessageDispatcher extends AbstractDispatcher {

	private final boolean topicFirst;

	private final List<TopicRoute> topics;

	private final Map<String, ListenerInvoker.Route> routes;

	private final boolean keepFrames;

	/**
	 * Create a dispatcher.
	 * @param invoker invokes the methods
	 * @param topicFirst whether the first frame is a topic (SUB)
	 * @param dispatch where the methods run
	 * @param executor runs the methods with executor dispatch
	 * @param concurrency how many messages are handled at once with executor dispatch (1:
	 * one at a time, in order)
	 * @param routes the methods by route (PULL, PAIR) or by topic (SUB)
	 */
	ZmqMessageDispatcher(ListenerInvoker invoker, boolean topicFirst, ZmqDispatchMode dispatch, Executor executor,
			int concurrency, Map<String, ListenerInvoker.Route> routes) {
		super(invoker, dispatch, executor, concurrency);
		this.topicFirst = topicFirst;
		this.routes = Map.copyOf(routes);
		this.keepFrames = invoker.handlesFailures(null)
				|| routes.values().stream().anyMatch((route) -> route.errorHandler() != null);
		List<TopicRoute> byTopic = new ArrayList<>();
		routes.forEach(
				(topic, route) -> byTopic.add(new TopicRoute(topic, topic.getBytes(StandardCharsets.UTF_8), route)));
		byTopic.sort(Comparator.comparingInt((TopicRoute topicRoute) -> topicRoute.prefix().length).reversed());
		this.topics = List.copyOf(byTopic);
	}

	@Override
	protected void process(ZMsg message, Runnable done) {
		List<byte[]> received = ZmqFrames.frames(message);
		List<byte[]> original = this.keepFrames ? received : List.of();
		boolean async = false;
		try {
			async = dispatch(received, original, done);
		}
		catch (RuntimeException ex) {
			handleFailure(original, null, "", ex);
		}
		finally {
			if (!async) {
				done.run();
			}
		}
	}

	/**
	 * @return {@code true} when the method replied with a future that runs {@code done}
	 */
	private boolean dispatch(List<byte[]> received, List<byte[]> original, Runnable done) {
		int head = ZmqFrames.messageHeadLength(received, this.topicFirst);
		byte[] topicFrame = (head > 0) ? received.get(0) : null;
		ZmqEnvelope envelope = null;
		if (ZmqFrames.hasEnvelope(received, head, true)) {
			envelope = ZmqEnvelopeCodec.decode(received.get(head));
			head++;
		}
		List<byte[]> frames = List.copyOf(received.subList(head, received.size()));
		byte[] body = frames.isEmpty() ? new byte[0] : frames.get(frames.size() - 1);
		String routeKey;
		ListenerInvoker.Route route;
		Map<String, Object> extra;
		if (this.topicFirst) {
			TopicRoute match = match((topicFrame != null) ? topicFrame : body);
			routeKey = (match != null) ? match.topic() : "";
			route = (match != null) ? match.route() : null;
			String topic = (topicFrame != null) ? new String(topicFrame, StandardCharsets.UTF_8) : routeKey;
			extra = Map.of(ZmqHeaders.TOPIC, topic, ZmqHeaders.FRAMES, frames);
		}
		else {
			routeKey = (envelope != null) ? envelope.route() : "";
			route = this.routes.get(routeKey);
			extra = Map.of(ZmqHeaders.FRAMES, frames);
		}
		if (route == null) {
			loop().getStatistics().dropped(ZmqDropReason.NO_HANDLER, "no listener for '" + routeKey + "'");
			return false;
		}
		Message<byte[]> inbound = InboundMessages.create(body, envelope, endpoint(), routeKey, extra);
		Observation observation = invoker().observe(loop(), routeKey, inbound);
		Object result;
		try {
			result = invoker().invoke(loop(), route, routeKey, inbound, observation);
		}
		catch (Exception ex) {
			failed(observation, ex);
			observation.stop();
			handleFailure(original, route, routeKey, ex);
			return false;
		}
		if (result instanceof CompletionStage<?> stage) {
			ListenerInvoker.Route invoked = route;
			String key = routeKey;
			stage.whenComplete((value, ex) -> {
				if (ex != null) {
					Throwable failure = ListenerInvoker.unwrap(ex);
					failed(observation, failure);
					handleFailure(original, invoked, key, failure);
				}
				observation.stop();
				done.run();
			});
			return true;
		}
		observation.stop();
		return false;
	}

	/**
	 * The message failed: the route's error handler and the dead-letter endpoint have
	 * their say, and what is still failed after them is a counted drop.
	 */
	private void handleFailure(List<byte[]> original, ListenerInvoker.@Nullable Route route, String routeKey,
			Throwable ex) {
		ZmqListenerErrorHandler errorHandler = (route != null) ? route.errorHandler() : null;
		ListenerFailures.Outcome outcome = invoker().settle(loop(), routeKey, original, errorHandler, ex);
		if (!outcome.settled()) {
			drop(outcome.failure());
		}
	}

	private static void failed(Observation observation, Throwable ex) {
		ListenerObservations.failed(observation, ListenerInvoker.status(ex), ex);
	}

	private @Nullable TopicRoute match(byte[] data) {
		for (TopicRoute candidate : this.topics) {
			byte[] prefix = candidate.prefix();
			if (data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length)) {
				return candidate;
			}
		}
		// a subscription added at runtime: when one method serves the socket, it takes
		// every topic
		return (this.topics.size() == 1) ? this.topics.get(0) : null;
	}

	private void drop(Throwable ex) {
		loop().getStatistics().dropped(reason(ex), ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

	private static ZmqDropReason reason(Throwable ex) {
		if (ex instanceof ZmqProtocolException) {
			return ZmqDropReason.MALFORMED;
		}
		return ListenerInvoker.isBadInput(ex) ? ZmqDropReason.UNDECODABLE : ZmqDropReason.HANDLER_ERROR;
	}

	/**
	 * A subscribed topic and the method serving it.
	 */
	private record TopicRoute(String topic, byte[] prefix, ListenerInvoker.Route route) {
	}

}
