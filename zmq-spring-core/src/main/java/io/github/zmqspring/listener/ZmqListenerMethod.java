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

import java.lang.reflect.Method;
import java.util.List;

import io.github.zmqspring.core.ZmqDispatchMode;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.util.StringUtils;

/**
 * The description of one listener method: which socket it serves, where that socket binds
 * or connects, which route it answers, how many messages it may process at once and
 * where. A {@link ZmqListenerContainerFactory} turns the endpoints that share a socket
 * into one container. The annotation post-processor creates these from the
 * {@code @Zmq*Listener} annotations; a {@code ZmqListenerConfigurer} registers its own,
 * made with {@link #builder(SocketType, String, Object, Method)}.
 *
 * @param socketType the socket type the listener annotation stands for
 * @param id the listener id (also the socket's id for inline endpoints)
 * @param endpoint the name of a configured endpoint, or empty for inline addresses
 * @param bind inline bind addresses
 * @param connect inline connect addresses
 * @param route the route this method serves (empty: the default route)
 * @param topics the topics a SUB listener subscribes to (empty for other types)
 * @param concurrency messages processed at once, or {@code null} for the factory default
 * @param autoStartup whether to start with the context, or {@code null} for the default
 * @param errorHandler handles the messages the method failed to process, or {@code null}
 * @param dispatch where the method runs, or {@code null} for the endpoint's setting
 * @param bean the bean holding the method
 * @param method the method to invoke
 */
public record ZmqListenerMethod(SocketType socketType, String id, String endpoint, List<String> bind,
		List<String> connect, String route, List<String> topics, @Nullable Integer concurrency,
		@Nullable Boolean autoStartup, @Nullable ZmqListenerErrorHandler errorHandler,
		@Nullable ZmqDispatchMode dispatch, Object bean, Method method) {

	/**
	 * The id of the socket this listener is served by: the endpoint name when one is
	 * given, else the listener id. Listeners with the same socket id share one socket.
	 * @return the socket id
	 */
	public String socketId() {
		return StringUtils.hasText(this.endpoint) ? this.endpoint : this.id;
	}

	/**
	 * Start describing a listener method registered in code.
	 * @param socketType the socket type (ROUTER, REP, SUB, PULL or PAIR)
	 * @param id the listener id (also the socket's id for inline endpoints)
	 * @param bean the bean holding the method
	 * @param method the method to invoke
	 * @return a builder with no addresses, the default route and the defaults of the
	 * container factory and endpoint
	 */
	public static Builder builder(SocketType socketType, String id, Object bean, Method method) {
		return new Builder(socketType, id, bean, method);
	}

	@Override
	public String toString() {
		return "@" + this.socketType + " listener '" + this.id + "' (route '" + this.route + "') on "
				+ this.method.getDeclaringClass().getSimpleName() + "." + this.method.getName();
	}

	/**
	 * Builds a {@link ZmqListenerMethod}; what is not set takes its default, as an empty
	 * annotation attribute does.
	 */
	public static final class Builder {

		private final SocketType socketType;

		private final String id;

		private final Object bean;

		private final Method method;

		private String endpoint = "";

		private List<String> bind = List.of();

		private List<String> connect = List.of();

		private String route = "";

		private List<String> topics = List.of();

		private @Nullable Integer concurrency;

		private @Nullable Boolean autoStartup;

		private @Nullable ZmqListenerErrorHandler errorHandler;

		private @Nullable ZmqDispatchMode dispatch;

		private Builder(SocketType socketType, String id, Object bean, Method method) {
			this.socketType = socketType;
			this.id = id;
			this.bean = bean;
			this.method = method;
		}

		/**
		 * Serve a configured endpoint (one under {@code zmq.endpoints} with Spring Boot).
		 * @param endpoint the endpoint name
		 * @return this builder
		 */
		public Builder endpoint(String endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Bind an inline socket to these addresses.
		 * @param bind the addresses, e.g. {@code tcp://*:5555}
		 * @return this builder
		 */
		public Builder bind(String... bind) {
			this.bind = List.of(bind);
			return this;
		}

		/**
		 * Connect an inline socket to these addresses.
		 * @param connect the addresses
		 * @return this builder
		 */
		public Builder connect(String... connect) {
			this.connect = List.of(connect);
			return this;
		}

		/**
		 * Serve one route of a ROUTER or REP socket.
		 * @param route the route
		 * @return this builder
		 */
		public Builder route(String route) {
			this.route = route;
			return this;
		}

		/**
		 * Subscribe a SUB socket to these topic prefixes.
		 * @param topics the topics
		 * @return this builder
		 */
		public Builder topics(String... topics) {
			this.topics = List.of(topics);
			return this;
		}

		/**
		 * Process this many messages at once.
		 * @param concurrency the concurrency
		 * @return this builder
		 */
		public Builder concurrency(int concurrency) {
			this.concurrency = concurrency;
			return this;
		}

		/**
		 * Set whether the socket starts with the context.
		 * @param autoStartup whether to start automatically
		 * @return this builder
		 */
		public Builder autoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
			return this;
		}

		/**
		 * Handle the messages the method fails to process.
		 * @param errorHandler the error handler
		 * @return this builder
		 */
		public Builder errorHandler(ZmqListenerErrorHandler errorHandler) {
			this.errorHandler = errorHandler;
			return this;
		}

		/**
		 * Run the method on the executor or on the socket's own thread.
		 * @param dispatch the dispatch mode
		 * @return this builder
		 */
		public Builder dispatch(ZmqDispatchMode dispatch) {
			this.dispatch = dispatch;
			return this;
		}

		/**
		 * Build the listener method.
		 * @return the listener method
		 */
		public ZmqListenerMethod build() {
			return new ZmqListenerMethod(this.socketType, this.id, this.endpoint, this.bind, this.connect, this.route,
					this.topics, this.concurrency, this.autoStartup, this.errorHandler, this.dispatch, this.bean,
					this.method);
		}

	}

}
