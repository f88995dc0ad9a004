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

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.util.Assert;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Everything needed to open one named ZeroMQ endpoint: its socket type, the addresses it
 * binds and connects, its socket options, its security and the limits of its outbound
 * queue. Instances are immutable; {@link #toBuilder()} derives variants.
 */
public final class ZmqEndpointDefinition {

	private final String name;

	private final @Nullable SocketType type;

	private final List<String> bind;

	private final List<String> connect;

	private final boolean dynamicConnect;

	private final ZmqSocketOptions options;

	private final ZmqSocketSecurity security;

	private final int sendQueueCapacity;

	private final Duration sendTimeout;

	private final Duration requestTimeout;

	private final int maxInFlight;

	private final @Nullable String contentType;

	private final ZmqRetrySettings retry;

	private final @Nullable String deadLetter;

	private final @Nullable String service;

	private final ZmqDispatchMode dispatch;

	private final @Nullable Duration directWarnThreshold;

	private ZmqEndpointDefinition(Builder builder) {
		this.name = builder.name;
		this.type = builder.type;
		this.bind = List.copyOf(builder.bind);
		this.connect = List.copyOf(builder.connect);
		this.dynamicConnect = builder.dynamicConnect;
		this.options = builder.options;
		this.security = builder.security;
		this.sendQueueCapacity = builder.sendQueueCapacity;
		this.sendTimeout = builder.sendTimeout;
		this.requestTimeout = builder.requestTimeout;
		this.maxInFlight = builder.maxInFlight;
		this.contentType = builder.contentType;
		this.retry = builder.retry;
		this.deadLetter = builder.deadLetter;
		this.service = builder.service;
		this.dispatch = builder.dispatch;
		this.directWarnThreshold = builder.directWarnThreshold;
	}

	/**
	 * Start a definition for the endpoint with the given name.
	 * @param name the endpoint name (also its id in the registry)
	 * @return a new builder
	 */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/**
	 * Create a builder initialized from this definition.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Return this definition for the given socket type, failing when the definition was
	 * configured for a different type.
	 * @param requiredType the type the caller is about to open
	 * @return a definition whose {@link #type()} is {@code requiredType}
	 */
	public ZmqEndpointDefinition withType(SocketType requiredType) {
		if (this.type == requiredType) {
			return this;
		}
		if (this.type != null) {
			throw new IllegalStateException(
					"Endpoint '" + this.name + "' is configured as " + this.type + " but is used as " + requiredType);
		}
		return toBuilder().type(requiredType).build();
	}

	/**
	 * @return the endpoint name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * @return the socket type, or {@code null} when the user decides (annotation or
	 * client)
	 */
	public @Nullable SocketType type() {
		return this.type;
	}

	/**
	 * @return the addresses to bind
	 */
	public List<String> bind() {
		return this.bind;
	}

	/**
	 * @return the addresses to connect to
	 */
	public List<String> connect() {
		return this.connect;
	}

	/**
	 * Whether the endpoint connects to addresses found at run time (service discovery,
	 * DNS) and given to its loop with
	 * {@link ZmqSocketLoop#connectTo(java.util.Collection)}, in addition to its fixed
	 * {@link #connect()} addresses.
	 * @return whether the connect addresses are set at run time
	 */
	public boolean dynamicConnect() {
		return this.dynamicConnect;
	}

	/**
	 * @return the socket options
	 */
	public ZmqSocketOptions options() {
		return this.options;
	}

	/**
	 * @return how the endpoint authenticates and encrypts
	 */
	public ZmqSocketSecurity security() {
		return this.security;
	}

	/**
	 * @return how many outbound messages may wait for the socket thread
	 */
	public int sendQueueCapacity() {
		return this.sendQueueCapacity;
	}

	/**
	 * @return how long a sender waits for room in the outbound queue
	 */
	public Duration sendTimeout() {
		return this.sendTimeout;
	}

	/**
	 * @return how long a client waits for a reply
	 */
	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	/**
	 * @return how many requests a client may have waiting for replies
	 */
	public int maxInFlight() {
		return this.maxInFlight;
	}

	/**
	 * The content type of the payloads this endpoint sends when the code does not say:
	 * the replies of its listeners and the requests of its clients.
	 * @return the content type, or {@code null} to let the converter choose by Java type
	 */
	public @Nullable String contentType() {
		return this.contentType;
	}

	/**
	 * @return how a client retries requests that got no reply (disabled by default)
	 */
	public ZmqRetrySettings retry() {
		return this.retry;
	}

	/**
	 * The PUSH endpoint that receives the messages this endpoint's listeners failed to
	 * process.
	 * @return the name of the dead-letter endpoint, or {@code null} for none
	 */
	public @Nullable String deadLetter() {
		return this.deadLetter;
	}

	/**
	 * The Majordomo (MDP/0.2) service a request/reply client asks for: set, the client
	 * talks to a broker ({@code ["MDPC02"][0x01][service]} before the envelope).
	 * @return the service name, or {@code null} for a direct link
	 */
	public @Nullable String service() {
		return this.service;
	}

	/**
	 * Where the endpoint's handlers run (listeners), or where its replies complete
	 * (request/reply clients).
	 * @return the dispatch mode, {@link ZmqDispatchMode#EXECUTOR} by default
	 */
	public ZmqDispatchMode dispatch() {
		return this.dispatch;
	}

	/**
	 * How long a handler with direct dispatch may hold the socket thread before the
	 * invocation is reported as slow.
	 * @return the threshold, or {@code null} for the listener container factory's
	 */
	public @Nullable Duration directWarnThreshold() {
		return this.directWarnThreshold;
	}

	@Override
	public String toString() {
		return "ZmqEndpointDefinition[name=" + this.name + ", type=" + this.type + ", bind=" + this.bind + ", connect="
				+ this.connect + (this.dynamicConnect ? " + dynamic" : "") + ", security="
				+ this.security.mechanismName() + "]";
	}

	/**
	 * Builder for {@link ZmqEndpointDefinition}.
	 */
	public static final class Builder {

		private final String name;

		private @Nullable SocketType type;

		private List<String> bind = List.of();

		private List<String> connect = List.of();

		private boolean dynamicConnect;

		private ZmqSocketOptions options = ZmqSocketOptions.DEFAULTS;

		private ZmqSocketSecurity security = ZmqSocketSecurity.NONE;

		private int sendQueueCapacity = 1000;

		private Duration sendTimeout = Duration.ofSeconds(5);

		private Duration requestTimeout = Duration.ofSeconds(5);

		private int maxInFlight = 10_000;

		private @Nullable String contentType;

		private ZmqRetrySettings retry = ZmqRetrySettings.DISABLED;

		private @Nullable String deadLetter;

		private @Nullable String service;

		private ZmqDispatchMode dispatch = ZmqDispatchMode.EXECUTOR;

		private @Nullable Duration directWarnThreshold;

		private Builder(String name) {
			Assert.hasText(name, "'name' must not be empty");
			this.name = name;
		}

		private Builder(ZmqEndpointDefinition definition) {
			this.name = definition.name;
			this.type = definition.type;
			this.bind = definition.bind;
			this.connect = definition.connect;
			this.dynamicConnect = definition.dynamicConnect;
			this.options = definition.options;
			this.security = definition.security;
			this.sendQueueCapacity = definition.sendQueueCapacity;
			this.sendTimeout = definition.sendTimeout;
			this.requestTimeout = definition.requestTimeout;
			this.maxInFlight = definition.maxInFlight;
			this.contentType = definition.contentType;
			this.retry = definition.retry;
			this.deadLetter = definition.deadLetter;
			this.service = definition.service;
			this.dispatch = definition.dispatch;
			this.directWarnThreshold = definition.directWarnThreshold;
		}

		public Builder type(@Nullable SocketType type) {
			this.type = type;
			return this;
		}

		public Builder bind(List<String> bind) {
			bind.forEach(ZmqAddresses::validate);
			this.bind = List.copyOf(bind);
			return this;
		}

		public Builder connect(List<String> connect) {
			connect.forEach(ZmqAddresses::validate);
			this.connect = List.copyOf(connect);
			return this;
		}

		/**
		 * Say that the endpoint's connect addresses are found at run time and given to
		 * its loop with {@link ZmqSocketLoop#connectTo(java.util.Collection)}; such an
		 * endpoint needs no fixed address.
		 * @param dynamicConnect whether the connect addresses are set at run time
		 * @return this builder
		 */
		public Builder dynamicConnect(boolean dynamicConnect) {
			this.dynamicConnect = dynamicConnect;
			return this;
		}

		public Builder options(ZmqSocketOptions options) {
			this.options = options;
			return this;
		}

		public Builder security(ZmqSocketSecurity security) {
			Assert.notNull(security, "'security' must not be null");
			this.security = security;
			return this;
		}

		public Builder sendQueueCapacity(int sendQueueCapacity) {
			Assert.isTrue(sendQueueCapacity > 0, "'sendQueueCapacity' must be positive");
			this.sendQueueCapacity = sendQueueCapacity;
			return this;
		}

		public Builder sendTimeout(Duration sendTimeout) {
			Assert.isTrue(!sendTimeout.isNegative(), "'sendTimeout' must not be negative");
			this.sendTimeout = sendTimeout;
			return this;
		}

		public Builder requestTimeout(Duration requestTimeout) {
			Assert.isTrue(!requestTimeout.isNegative() && !requestTimeout.isZero(),
					"'requestTimeout' must be positive");
			this.requestTimeout = requestTimeout;
			return this;
		}

		public Builder maxInFlight(int maxInFlight) {
			Assert.isTrue(maxInFlight > 0, "'maxInFlight' must be positive");
			this.maxInFlight = maxInFlight;
			return this;
		}

		/**
		 * Set the default content type of what the endpoint sends.
		 * @param contentType a MIME type such as {@code application/json}, or
		 * {@code null} to let the converter choose
		 * @return this builder
		 * @throws IllegalArgumentException when the value is not a valid MIME type
		 */
		public Builder contentType(@Nullable String contentType) {
			if (contentType != null) {
				MimeType type = MimeTypeUtils.parseMimeType(contentType);
				Assert.isTrue(type.isConcrete(),
						() -> "'contentType' must be a concrete MIME type, not " + contentType);
			}
			this.contentType = contentType;
			return this;
		}

		public Builder retry(ZmqRetrySettings retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Name the PUSH endpoint that receives the messages the listeners of this
		 * endpoint failed to process.
		 * @param deadLetter the endpoint name, or {@code null} for none
		 * @return this builder
		 */
		public Builder deadLetter(@Nullable String deadLetter) {
			Assert.isTrue(deadLetter == null || !deadLetter.equals(this.name),
					() -> "Endpoint '" + this.name + "' cannot be its own dead-letter endpoint");
			this.deadLetter = deadLetter;
			return this;
		}

		/**
		 * Make a request/reply client ask a Majordomo broker for a service.
		 * @param service the service name (1 to 255 printable ASCII characters), or
		 * {@code null} for a direct link
		 * @return this builder
		 */
		public Builder service(@Nullable String service) {
			Assert.isTrue(service == null || service.matches("[\\x20-\\x7E]{1,255}"), () -> "Service '" + service
					+ "' of endpoint '" + this.name + "' must be 1 to 255 printable ASCII characters");
			this.service = service;
			return this;
		}

		/**
		 * Choose where the endpoint's handlers run, or where its replies complete.
		 * @param dispatch the dispatch mode
		 * @return this builder
		 */
		public Builder dispatch(ZmqDispatchMode dispatch) {
			Assert.notNull(dispatch, "'dispatch' must not be null");
			this.dispatch = dispatch;
			return this;
		}

		/**
		 * Set how long a handler with direct dispatch may hold the socket thread before
		 * the invocation is reported as slow.
		 * @param directWarnThreshold a positive duration, or {@code null} for the
		 * listener container factory's
		 * @return this builder
		 */
		public Builder directWarnThreshold(@Nullable Duration directWarnThreshold) {
			Assert.isTrue(
					directWarnThreshold == null || (!directWarnThreshold.isNegative() && !directWarnThreshold.isZero()),
					"'directWarnThreshold' must be positive");
			this.directWarnThreshold = directWarnThreshold;
			return this;
		}

		/**
		 * Build the definition.
		 * @return the definition
		 * @throws IllegalStateException when it has neither a bind nor a connect address
		 * (and its connect addresses are not set at run time), or accepts legacy ZMTP
		 * peers with security that JeroMQ refuses them for
		 */
		public ZmqEndpointDefinition build() {
			if (this.bind.isEmpty() && this.connect.isEmpty() && !this.dynamicConnect) {
				throw new IllegalStateException(
						"Endpoint '" + this.name + "' needs at least one bind or connect address");
			}
			Assert.state(!this.options.acceptLegacyZmtp() || this.security.isNone(),
					() -> "Endpoint '" + this.name + "' cannot accept legacy ZMTP peers: JeroMQ refuses them on an "
							+ "endpoint with CURVE, PLAIN or an address filter");
			return new ZmqEndpointDefinition(this);
		}

	}

}
