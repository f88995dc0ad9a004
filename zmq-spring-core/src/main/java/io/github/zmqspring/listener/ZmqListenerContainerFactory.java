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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Consumer;
import java.util.function.Function;

import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqInboundHandler;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.observation.ZmqListenerObservationConvention;
import io.github.zmqspring.protocol.ZmqReplyMode;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.Assert;

/**
 * Creates the container (a {@link ZmqSocketLoop} with a dispatcher) that serves the
 * listener endpoints sharing one socket.
 */
public class ZmqListenerContainerFactory {

	/**
	 * How many messages a listener's loop reads ahead of its handlers (beyond its
	 * concurrency), so that handlers take messages in bursts rather than one hand-off
	 * each; past that the loop stops reading and ZeroMQ's high-water marks push back. REP
	 * sockets read none ahead (lockstep).
	 */
	static final int READ_AHEAD = 256;

	private static final Log logger = LogFactory.getLog(ZmqListenerContainerFactory.class);

	private final ZContext context;

	private final ZmqEndpointDefinitions definitions;

	private final Executor executor;

	private final MessageHandlerMethodFactory methodFactory;

	private final ZmqPayloadConverter converter;

	private List<ZmqSocketCustomizer> customizers = List.of();

	private int defaultConcurrency = 10;

	private Duration shutdownTimeout = Duration.ofSeconds(10);

	private Function<String, ZmqSocketLoop> deadLetterEndpoints = (name) -> {
		throw new IllegalStateException("No dead-letter endpoints are available (dead-letter '" + name + "')");
	};

	private ListenerObservations observations = ListenerObservations.NONE;

	private ZmqErrorReplyOptions errorReplyOptions = ZmqErrorReplyOptions.defaults();

	private Duration directWarnThreshold = Duration.ofMillis(50);

	/**
	 * Create a factory.
	 * @param context the ZeroMQ context
	 * @param definitions the configured endpoints
	 * @param executor runs listener methods with executor dispatch (never the socket
	 * thread)
	 * @param methodFactory resolves listener method arguments
	 * @param converter converts replies
	 */
	public ZmqListenerContainerFactory(ZContext context, ZmqEndpointDefinitions definitions, Executor executor,
			MessageHandlerMethodFactory methodFactory, ZmqPayloadConverter converter) {
		this.context = context;
		this.definitions = definitions;
		this.executor = executor;
		this.methodFactory = methodFactory;
		this.converter = converter;
	}

	/**
	 * Set the customizers applied to every listener socket.
	 * @param customizers the customizers, in order
	 */
	public void setCustomizers(List<ZmqSocketCustomizer> customizers) {
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Set how many messages a ROUTER listener processes at once when its annotation does
	 * not say. Other listener types default to one, to keep order; REP is always one.
	 * @param defaultConcurrency the default
	 */
	public void setDefaultConcurrency(int defaultConcurrency) {
		Assert.isTrue(defaultConcurrency > 0, "'defaultConcurrency' must be positive");
		this.defaultConcurrency = defaultConcurrency;
	}

	/**
	 * Set how long a stopping container lets in-flight messages finish.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Set how a dead-letter endpoint name becomes the PUSH endpoint to send failed
	 * messages to (the {@code dead-letter} of an endpoint definition).
	 * @param deadLetterEndpoints returns the started-on-demand PUSH endpoint of a name
	 */
	public void setDeadLetterEndpoints(Function<String, ZmqSocketLoop> deadLetterEndpoints) {
		this.deadLetterEndpoints = deadLetterEndpoints;
	}

	/**
	 * Observe every message a listener method processes ({@code zmq.listener}),
	 * continuing the trace context the sender put in the envelope's headers.
	 * @param registry the registry
	 * @param convention a convention replacing the default one, or {@code null}
	 */
	public void setObservation(ObservationRegistry registry, @Nullable ZmqListenerObservationConvention convention) {
		this.observations = new ListenerObservations(registry, convention);
	}

	/**
	 * Set what the error replies of ROUTER and REP listeners tell the peer beyond the
	 * status and a fixed text; by default nothing (the details are logged).
	 * @param errorReplyOptions the options
	 */
	public void setErrorReplyOptions(ZmqErrorReplyOptions errorReplyOptions) {
		this.errorReplyOptions = errorReplyOptions;
	}

	/**
	 * Set how long a listener method with direct dispatch may hold its socket thread
	 * before the invocation is counted and logged as slow, unless its endpoint definition
	 * says.
	 * @param directWarnThreshold a positive duration
	 */
	public void setDirectWarnThreshold(Duration directWarnThreshold) {
		Assert.isTrue(!directWarnThreshold.isNegative() && !directWarnThreshold.isZero(),
				"'directWarnThreshold' must be positive");
		this.directWarnThreshold = directWarnThreshold;
	}

	/**
	 * Create the container serving the given endpoints, which share one socket: a request
	 * dispatcher for ROUTER and REP, a one-way dispatcher for SUB (subscribed to every
	 * listener's topics), PULL and PAIR. The listeners' {@code dispatch} wins over the
	 * endpoint definition's; listeners sharing a socket must not declare different ones.
	 * @param endpoints the listener endpoints, all with the same socket id and type
	 * @return the container, not started
	 */
	public ZmqSocketLoop createContainer(List<ZmqListenerMethod> endpoints) {
		Assert.notEmpty(endpoints, "'endpoints' must not be empty");
		ZmqListenerMethod first = endpoints.get(0);
		SocketType type = first.socketType();
		Map<String, ListenerInvoker.Route> routes = new LinkedHashMap<>();
		for (ZmqListenerMethod endpoint : endpoints) {
			if (endpoint.socketType() != type) {
				throw new IllegalStateException("Socket '" + first.socketId() + "' is used as " + type + " by " + first
						+ " and as " + endpoint.socketType() + " by " + endpoint);
			}
			ListenerInvoker.Route route = route(endpoint);
			for (String key : routingKeys(endpoint)) {
				ListenerInvoker.Route previous = routes.put(key, route);
				if (previous != null) {
					throw new IllegalStateException("'" + key + "' of socket '" + first.socketId()
							+ "' is served twice: " + endpoint + " and " + previous.method().getMethod());
				}
			}
		}
		ZmqListenerMethod addressed = addressed(endpoints);
		ZmqEndpointDefinition definition = this.definitions
			.resolve(first.socketId(), addressed.endpoint(), addressed.bind(), addressed.connect())
			.withType(type);
		List<ZmqSocketCustomizer> customizers = this.customizers;
		String deadLetter = definition.deadLetter();
		ListenerFailures failures = new ListenerFailures(
				(deadLetter != null) ? this.deadLetterEndpoints.apply(deadLetter) : null);
		int concurrency = concurrency(type, endpoints);
		ZmqDispatchMode dispatch = dispatch(endpoints, definition);
		if (dispatch == ZmqDispatchMode.EXECUTOR) {
			warnIfCapped(definition.name(), concurrency);
		}
		Duration warnThreshold = (dispatch == ZmqDispatchMode.DIRECT)
				? Objects.requireNonNullElse(definition.directWarnThreshold(), this.directWarnThreshold) : null;
		ListenerInvoker invoker = new ListenerInvoker(definition.name(), warnThreshold, this.observations, failures);
		ZmqInboundHandler handler;
		Consumer<ZmqSocketLoop> attach;
		if (type == SocketType.ROUTER || type == SocketType.REP) {
			ZmqRequestDispatcher dispatcher = new ZmqRequestDispatcher(invoker, type == SocketType.ROUTER, dispatch,
					this.executor, concurrency, routes, this.converter, definition.contentType(),
					this.errorReplyOptions);
			handler = dispatcher;
			attach = dispatcher::attach;
		}
		else {
			ZmqMessageDispatcher dispatcher = new ZmqMessageDispatcher(invoker, type == SocketType.SUB, dispatch,
					this.executor, concurrency, routes);
			handler = dispatcher;
			attach = dispatcher::attach;
			if (type == SocketType.SUB) {
				customizers = subscribing(routes.keySet());
			}
		}
		ZmqSocketLoop loop = new ZmqSocketLoop(this.context, definition, ZmqEndpointRole.LISTENER, customizers, handler,
				(type == SocketType.REP) ? 1 : concurrency + READ_AHEAD);
		attach.accept(loop);
		if (dispatch == ZmqDispatchMode.DIRECT) {
			routes.keySet().forEach(loop.getStatistics()::directRoute);
		}
		loop.setShutdownTimeout(this.shutdownTimeout);
		loop.setAutoStartup(endpoints.stream()
			.map(ZmqListenerMethod::autoStartup)
			.filter(Objects::nonNull)
			.allMatch(Boolean::booleanValue));
		return loop;
	}

	/**
	 * The method of a group that declares the socket's inline addresses, whichever place
	 * it has in the group (the others name it with {@code endpoint}), or the first method
	 * when none does.
	 */
	private static ZmqListenerMethod addressed(List<ZmqListenerMethod> endpoints) {
		ZmqListenerMethod addressed = null;
		for (ZmqListenerMethod endpoint : endpoints) {
			if (endpoint.bind().isEmpty() && endpoint.connect().isEmpty()) {
				continue;
			}
			if (addressed != null
					&& (!addressed.bind().equals(endpoint.bind()) || !addressed.connect().equals(endpoint.connect()))) {
				throw new IllegalStateException("Socket '" + endpoint.socketId() + "' is given different addresses by "
						+ addressed + " (bind " + addressed.bind() + ", connect " + addressed.connect() + ") and by "
						+ endpoint + " (bind " + endpoint.bind() + ", connect " + endpoint.connect()
						+ "): declare them on one listener method only");
			}
			addressed = endpoint;
		}
		return (addressed != null) ? addressed : endpoints.get(0);
	}

	private static List<String> routingKeys(ZmqListenerMethod endpoint) {
		if (endpoint.socketType() != SocketType.SUB) {
			return List.of(endpoint.route());
		}
		return endpoint.topics().isEmpty() ? List.of("") : endpoint.topics();
	}

	private List<ZmqSocketCustomizer> subscribing(Collection<String> topics) {
		List<ZmqSocketCustomizer> customizers = new ArrayList<>(this.customizers);
		customizers.add((definition, socket) -> topics
			.forEach((topic) -> socket.subscribe(topic.getBytes(StandardCharsets.UTF_8))));
		return customizers;
	}

	private ListenerInvoker.Route route(ZmqListenerMethod endpoint) {
		ZmqReplyMode mode = ZmqReplyMode.of(endpoint.method());
		if (endpoint.socketType() != SocketType.ROUTER && mode.isStreaming()) {
			throw new IllegalStateException(endpoint + " returns a stream, but only a ROUTER socket can send several "
					+ "replies to one request: use @ZmqRouterListener for streamed replies");
		}
		return new ListenerInvoker.Route(
				this.methodFactory.createInvocableHandlerMethod(endpoint.bean(), endpoint.method()), mode,
				ZmqFramesArgumentResolver.acceptsFrames(endpoint.method()), endpoint.errorHandler());
	}

	/**
	 * A concurrency beyond what the shared handler executor runs at once cannot be
	 * reached: say so once, at start-up. An executor without a limit (virtual threads)
	 * caps nothing.
	 */
	private void warnIfCapped(String endpoint, int concurrency) {
		int limit = executorLimit(this.executor);
		if (limit > 0 && concurrency > limit && logger.isWarnEnabled()) {
			logger.warn("Listener endpoint '" + endpoint + "' has concurrency " + concurrency
					+ ", but the handler executor runs at most " + limit
					+ " handlers at once, shared by all listeners (zmq.listener.pool-size with Spring Boot): "
					+ "at most " + limit + " of its messages are processed at once");
		}
	}

	/**
	 * @return how many tasks the executor runs at once, or {@code -1} when it does not
	 * say
	 */
	private static int executorLimit(Executor executor) {
		if (executor instanceof ThreadPoolTaskExecutor pool) {
			return pool.getMaxPoolSize();
		}
		if (executor instanceof ThreadPoolExecutor pool) {
			return pool.getMaximumPoolSize();
		}
		if (executor instanceof SimpleAsyncTaskExecutor simple && simple.isThrottleActive()) {
			return simple.getConcurrencyLimit();
		}
		return -1;
	}

	private static ZmqDispatchMode dispatch(List<ZmqListenerMethod> endpoints, ZmqEndpointDefinition definition) {
		List<ZmqDispatchMode> declared = endpoints.stream()
			.map(ZmqListenerMethod::dispatch)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		if (declared.size() > 1) {
			throw new IllegalStateException("Listeners of socket '" + endpoints.get(0).socketId()
					+ "' declare different dispatch modes " + declared + ": one socket has one mode");
		}
		return declared.isEmpty() ? definition.dispatch() : declared.get(0);
	}

	private int concurrency(SocketType type, List<ZmqListenerMethod> endpoints) {
		int declared = endpoints.stream()
			.map(ZmqListenerMethod::concurrency)
			.filter(Objects::nonNull)
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		if (type == SocketType.REP) {
			if (declared > 1) {
				throw new IllegalStateException("A REP socket answers one request at a time; concurrency " + declared
						+ " on socket '" + endpoints.get(0).socketId() + "' is not possible: use @ZmqRouterListener");
			}
			return 1;
		}
		if (declared > 0) {
			return declared;
		}
		return (type == SocketType.ROUTER) ? this.defaultConcurrency : 1;
	}

}
