package io.github.zmqspring.listener;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqHeaders;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqProtocolException;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZFrame;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * Serves one-way sockets (SUB, PULL, PAIR): hands each message to the executor and invokes
 * the method serving it, chosen by topic (SUB: the longest subscribed prefix) or by the
 * envelope's route. No reply is possible, so every failure is a counted drop and the socket
 * keeps consuming.
 * <p>
 * Accepted frames: {@code [topic][envelope][body]} and {@code [topic][body]} on SUB (a
 * single frame is the body, its topic the prefix it matched), {@code [envelope][body]} and
 * {@code [body]} otherwise. Extra frames in between are metadata: the body is the last frame.
 *
 * @author zmq-spring-boot
 */
final class ZmqMessageDispatcher extends AbstractDispatcher {

	private final boolean topicFirst;

	private final List<TopicRoute> topics;

	private final Map<String, ZmqRequestDispatcher.Route> routes;

	/**
	 * Create a dispatcher.
	 * @param endpoint the endpoint name
	 * @param topicFirst whether the first frame is a topic (SUB)
	 * @param executor runs the methods
	 * @param concurrency how many messages are handled at once (1: one at a time, in order)
	 * @param routes the methods by route (PULL, PAIR) or by topic (SUB)
	 */
	ZmqMessageDispatcher(String endpoint, boolean topicFirst, Executor executor, int concurrency,
			Map<String, ZmqRequestDispatcher.Route> routes) {
		super(endpoint, executor, concurrency);
		this.topicFirst = topicFirst;
		this.routes = Map.copyOf(routes);
		List<TopicRoute> byTopic = new ArrayList<>();
		routes.forEach((topic, route) -> byTopic.add(new TopicRoute(topic, topic.getBytes(StandardCharsets.UTF_8), route)));
		byTopic.sort(Comparator.comparingInt((TopicRoute topicRoute) -> topicRoute.prefix().length).reversed());
		this.topics = List.copyOf(byTopic);
	}

	@Override
	protected void process(ZMsg message, Runnable done) {
		boolean async = false;
		try {
			async = dispatch(message, done);
		}
		catch (RuntimeException ex) {
			drop(ex);
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
	private boolean dispatch(ZMsg message, Runnable done) {
		byte[] topicFrame = (this.topicFirst && message.size() > 1) ? message.pop().getData() : null;
		ZmqEnvelope envelope = null;
		ZFrame first = message.peekFirst();
		if (first != null && message.size() > 1 && ZmqEnvelopeCodec.isEnvelope(first.getData())) {
			envelope = ZmqEnvelopeCodec.decode(message.pop().getData());
		}
		List<byte[]> frames = new ArrayList<>(message.size());
		for (ZFrame frame : message) {
			frames.add(frame.getData());
		}
		byte[] body = frames.isEmpty() ? new byte[0] : frames.get(frames.size() - 1);
		String routeKey;
		ZmqRequestDispatcher.Route route;
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
		Object result = invoke(route, InboundMessages.create(body, envelope, endpoint(), routeKey, extra));
		if (result instanceof CompletionStage<?> stage) {
			stage.whenComplete((value, ex) -> {
				if (ex != null) {
					drop(ex);
				}
				done.run();
			});
			return true;
		}
		return false;
	}

	private @Nullable Object invoke(ZmqRequestDispatcher.Route route, Message<byte[]> message) {
		try {
			return route.method().invoke(message);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private @Nullable TopicRoute match(byte[] data) {
		for (TopicRoute candidate : this.topics) {
			byte[] prefix = candidate.prefix();
			if (data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length)) {
				return candidate;
			}
		}
		// a subscription added at runtime: when one method serves the socket, it takes every topic
		return (this.topics.size() == 1) ? this.topics.get(0) : null;
	}

	private void drop(Throwable ex) {
		ZmqDropReason reason = ZmqDropReason.HANDLER_ERROR;
		if (ex instanceof ZmqProtocolException) {
			reason = ZmqDropReason.MALFORMED;
		}
		else if (ex instanceof MessageConversionException || ex instanceof MethodArgumentResolutionException) {
			reason = ZmqDropReason.UNDECODABLE;
		}
		loop().getStatistics().dropped(reason, ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}


	/**
	 * A subscribed topic and the method serving it.
	 */
	private record TopicRoute(String topic, byte[] prefix, ZmqRequestDispatcher.Route route) {
	}

}
