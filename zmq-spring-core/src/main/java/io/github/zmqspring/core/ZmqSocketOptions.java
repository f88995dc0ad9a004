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
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

import org.springframework.util.Assert;

/**
 * Immutable set of ZeroMQ socket options applied to a socket before it binds or connects.
 * <p>
 * Every option has the meaning it has in libzmq, including {@link #immediate()} (JeroMQ's
 * own {@code setImmediate} has the inverted meaning; this class hides that). Options left
 * {@code null} keep the library default.
 */
public final class ZmqSocketOptions {

	/** Options with the starter's defaults. */
	public static final ZmqSocketOptions DEFAULTS = builder().build();

	private final int sendHwm;

	private final int receiveHwm;

	private final Duration linger;

	private final Duration handshakeTimeout;

	private final @Nullable Duration heartbeatInterval;

	private final @Nullable Duration heartbeatTimeout;

	private final @Nullable Duration heartbeatTtl;

	private final @Nullable Duration reconnectInterval;

	private final @Nullable Duration reconnectMaxInterval;

	private final long maxMessageSize;

	private final byte @Nullable [] identity;

	private final boolean routerMandatory;

	private final @Nullable Boolean tcpKeepAlive;

	private final boolean immediate;

	private final boolean acceptLegacyZmtp;

	private ZmqSocketOptions(Builder builder) {
		this.sendHwm = builder.sendHwm;
		this.receiveHwm = builder.receiveHwm;
		this.linger = builder.linger;
		this.handshakeTimeout = builder.handshakeTimeout;
		this.heartbeatInterval = builder.heartbeatInterval;
		this.heartbeatTimeout = builder.heartbeatTimeout;
		this.heartbeatTtl = builder.heartbeatTtl;
		this.reconnectInterval = builder.reconnectInterval;
		this.reconnectMaxInterval = builder.reconnectMaxInterval;
		this.maxMessageSize = builder.maxMessageSize;
		this.identity = builder.identity;
		this.routerMandatory = builder.routerMandatory;
		this.tcpKeepAlive = builder.tcpKeepAlive;
		this.immediate = builder.immediate;
		this.acceptLegacyZmtp = builder.acceptLegacyZmtp;
	}

	/**
	 * Create a builder holding the starter's defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Create a builder initialized from these options.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Apply these options to a socket. Must be called on the socket's own thread, before
	 * bind or connect (heartbeat options have no effect afterwards). Received frames are
	 * allocated by a {@link FrameSizeGuard} bounded by {@link #maxMessageSize()}, so that
	 * a crafted frame size can neither allocate more nor end the ZeroMQ I/O thread. A
	 * socket that binds gets the endpoint's name as its ZAP domain, unless
	 * {@link #acceptLegacyZmtp()}: JeroMQ then refuses peers speaking ZMTP 1.0 or 2.0,
	 * and bytes that are not ZMTP at all close the connection at once (with the NULL
	 * mechanism, JeroMQ asks a ZAP handler only when one is bound in the context; the
	 * starter's own accepts NULL handshakes of domains nobody registered). A socket that
	 * only connects gets none: JeroMQ never reconnects a connection whose handshake
	 * failed a protocol check, and with a ZAP domain a connection re-opened after a lost
	 * link was seen to fail that way.
	 * @param socket the socket to configure
	 * @param endpoint the endpoint's name, the ZAP domain of a socket that binds
	 * @param binds whether the socket binds (accepts connections)
	 * @param statistics the endpoint's counters, where refused frames are counted
	 */
	public void applyTo(ZMQ.Socket socket, String endpoint, boolean binds, ZmqEndpointStatistics statistics) {
		socket.setMsgAllocator(new FrameSizeGuard(this.maxMessageSize, statistics));
		if (binds && !this.acceptLegacyZmtp) {
			socket.setZapDomain(endpoint);
		}
		socket.setSndHWM(this.sendHwm);
		socket.setRcvHWM(this.receiveHwm);
		socket.setLinger(millis(this.linger));
		socket.setHandshakeIvl(millis(this.handshakeTimeout));
		if (this.heartbeatInterval != null) {
			socket.setHeartbeatIvl(millis(this.heartbeatInterval));
		}
		if (this.heartbeatTimeout != null) {
			socket.setHeartbeatTimeout(millis(this.heartbeatTimeout));
		}
		if (this.heartbeatTtl != null) {
			socket.setHeartbeatTtl(millis(this.heartbeatTtl));
		}
		if (this.reconnectInterval != null) {
			socket.setReconnectIVL(millis(this.reconnectInterval));
		}
		if (this.reconnectMaxInterval != null) {
			socket.setReconnectIVLMax(millis(this.reconnectMaxInterval));
		}
		socket.setMaxMsgSize(this.maxMessageSize);
		if (this.identity != null) {
			socket.setIdentity(this.identity);
		}
		if (this.routerMandatory && socket.getSocketType() == SocketType.ROUTER) {
			socket.setRouterMandatory(true);
		}
		if (this.tcpKeepAlive != null) {
			socket.setTCPKeepAlive(this.tcpKeepAlive ? 1 : 0);
		}
		// JeroMQ's 'immediate' is the inverse of libzmq's ZMQ_IMMEDIATE
		socket.setImmediate(!this.immediate);
	}

	private static int millis(Duration duration) {
		return Math.toIntExact(duration.toMillis());
	}

	/**
	 * @return the send high-water mark, in messages (0 means no limit)
	 */
	public int sendHwm() {
		return this.sendHwm;
	}

	/**
	 * @return the receive high-water mark, in messages (0 means no limit)
	 */
	public int receiveHwm() {
		return this.receiveHwm;
	}

	/**
	 * @return how long unsent messages are kept when the socket closes
	 */
	public Duration linger() {
		return this.linger;
	}

	/**
	 * How long a new connection may take to complete the ZMTP handshake before it is
	 * dropped and retried. Besides guarding against silent peers, this recovers the rare
	 * JeroMQ 0.6.0 connection whose handshake stalls on loopback (the connecting side
	 * never reads the greeting); see {@code docs/internals/jeromq-0.6.0.md}.
	 * @return the handshake timeout
	 */
	public Duration handshakeTimeout() {
		return this.handshakeTimeout;
	}

	/**
	 * @return the ZMTP heartbeat interval, or {@code null} for none
	 */
	public @Nullable Duration heartbeatInterval() {
		return this.heartbeatInterval;
	}

	/**
	 * @return the ZMTP heartbeat timeout, or {@code null} for the library default
	 */
	public @Nullable Duration heartbeatTimeout() {
		return this.heartbeatTimeout;
	}

	/**
	 * @return the heartbeat time-to-live announced to peers, or {@code null}
	 */
	public @Nullable Duration heartbeatTtl() {
		return this.heartbeatTtl;
	}

	/**
	 * @return the initial reconnect interval, or {@code null} for the library default
	 */
	public @Nullable Duration reconnectInterval() {
		return this.reconnectInterval;
	}

	/**
	 * @return the maximum reconnect interval, or {@code null} for the library default
	 */
	public @Nullable Duration reconnectMaxInterval() {
		return this.reconnectMaxInterval;
	}

	/**
	 * @return the largest inbound message accepted, in bytes ({@code -1} for no limit)
	 */
	public long maxMessageSize() {
		return this.maxMessageSize;
	}

	/**
	 * @return the socket identity (routing id), or {@code null} for one chosen by the
	 * peer
	 */
	public byte @Nullable [] identity() {
		return (this.identity != null) ? this.identity.clone() : null;
	}

	/**
	 * @return whether a ROUTER reports unroutable messages instead of dropping them
	 */
	public boolean routerMandatory() {
		return this.routerMandatory;
	}

	/**
	 * @return whether TCP keep-alive is on, or {@code null} for the OS default
	 */
	public @Nullable Boolean tcpKeepAlive() {
		return this.tcpKeepAlive;
	}

	/**
	 * @return libzmq's {@code ZMQ_IMMEDIATE}: queue only on completed connections
	 */
	public boolean immediate() {
		return this.immediate;
	}

	/**
	 * Whether peers speaking ZMTP 1.0 or 2.0 (libzmq before 4.0) are served. They send no
	 * greeting JeroMQ can check, so with this on, a connection whose first byte is not
	 * {@code 0xFF} is read as a ZMTP 1.0 peer and its bytes as frames.
	 * @return whether legacy ZMTP peers are served
	 */
	public boolean acceptLegacyZmtp() {
		return this.acceptLegacyZmtp;
	}

	@Override
	public String toString() {
		return "ZmqSocketOptions[sendHwm=" + this.sendHwm + ", receiveHwm=" + this.receiveHwm + ", linger="
				+ this.linger + ", handshakeTimeout=" + this.handshakeTimeout + ", heartbeatInterval="
				+ this.heartbeatInterval + ", maxMessageSize=" + this.maxMessageSize + ", identity="
				+ ((this.identity != null) ? Arrays.toString(this.identity) : "-") + ", routerMandatory="
				+ this.routerMandatory + ", immediate=" + this.immediate + ", acceptLegacyZmtp=" + this.acceptLegacyZmtp
				+ "]";
	}

	/**
	 * Builder for {@link ZmqSocketOptions}; starts from the starter's defaults.
	 */
	public static final class Builder {

		/**
		 * JeroMQ keeps the heartbeat TTL in deciseconds in 16 bits: 6553 ds, plus the
		 * rounding.
		 */
		private static final long MAX_HEARTBEAT_TTL_MILLIS = 655_399;

		private int sendHwm = 1000;

		private int receiveHwm = 1000;

		private Duration linger = Duration.ofSeconds(1);

		private Duration handshakeTimeout = Duration.ofSeconds(2);

		private @Nullable Duration heartbeatInterval;

		private @Nullable Duration heartbeatTimeout;

		private @Nullable Duration heartbeatTtl;

		private @Nullable Duration reconnectInterval;

		private @Nullable Duration reconnectMaxInterval;

		private long maxMessageSize = 16L * 1024 * 1024;

		private byte @Nullable [] identity;

		private boolean routerMandatory = true;

		private @Nullable Boolean tcpKeepAlive;

		private boolean immediate;

		private boolean acceptLegacyZmtp;

		private Builder() {
		}

		private Builder(ZmqSocketOptions options) {
			this.sendHwm = options.sendHwm;
			this.receiveHwm = options.receiveHwm;
			this.linger = options.linger;
			this.handshakeTimeout = options.handshakeTimeout;
			this.heartbeatInterval = options.heartbeatInterval;
			this.heartbeatTimeout = options.heartbeatTimeout;
			this.heartbeatTtl = options.heartbeatTtl;
			this.reconnectInterval = options.reconnectInterval;
			this.reconnectMaxInterval = options.reconnectMaxInterval;
			this.maxMessageSize = options.maxMessageSize;
			this.identity = options.identity;
			this.routerMandatory = options.routerMandatory;
			this.tcpKeepAlive = options.tcpKeepAlive;
			this.immediate = options.immediate;
			this.acceptLegacyZmtp = options.acceptLegacyZmtp;
		}

		public Builder sendHwm(int sendHwm) {
			Assert.isTrue(sendHwm >= 0, "'sendHwm' must not be negative");
			this.sendHwm = sendHwm;
			return this;
		}

		public Builder receiveHwm(int receiveHwm) {
			Assert.isTrue(receiveHwm >= 0, "'receiveHwm' must not be negative");
			this.receiveHwm = receiveHwm;
			return this;
		}

		public Builder handshakeTimeout(Duration handshakeTimeout) {
			Assert.isTrue(!handshakeTimeout.isNegative(), "'handshakeTimeout' must not be negative");
			Assert.isTrue(fitsInMillis(handshakeTimeout),
					"'handshakeTimeout' must be at most " + Integer.MAX_VALUE + "ms");
			this.handshakeTimeout = handshakeTimeout;
			return this;
		}

		public Builder linger(Duration linger) {
			Assert.isTrue(!linger.isNegative(), "'linger' must not be negative");
			Assert.isTrue(fitsInMillis(linger), "'linger' must be at most " + Integer.MAX_VALUE + "ms");
			this.linger = linger;
			return this;
		}

		public Builder heartbeatInterval(@Nullable Duration heartbeatInterval) {
			this.heartbeatInterval = positiveOrNull(heartbeatInterval, "heartbeatInterval");
			return this;
		}

		public Builder heartbeatTimeout(@Nullable Duration heartbeatTimeout) {
			this.heartbeatTimeout = positiveOrNull(heartbeatTimeout, "heartbeatTimeout");
			return this;
		}

		public Builder heartbeatTtl(@Nullable Duration heartbeatTtl) {
			Assert.isTrue(heartbeatTtl == null || heartbeatTtl.toMillis() <= MAX_HEARTBEAT_TTL_MILLIS,
					"'heartbeatTtl' must be at most " + MAX_HEARTBEAT_TTL_MILLIS + "ms (ZMTP sends it in deciseconds)");
			this.heartbeatTtl = positiveOrNull(heartbeatTtl, "heartbeatTtl");
			return this;
		}

		public Builder reconnectInterval(@Nullable Duration reconnectInterval) {
			this.reconnectInterval = positiveOrNull(reconnectInterval, "reconnectInterval");
			return this;
		}

		public Builder reconnectMaxInterval(@Nullable Duration reconnectMaxInterval) {
			this.reconnectMaxInterval = positiveOrNull(reconnectMaxInterval, "reconnectMaxInterval");
			return this;
		}

		public Builder maxMessageSize(long maxMessageSize) {
			Assert.isTrue(maxMessageSize >= -1, "'maxMessageSize' must be -1 (no limit) or a size in bytes");
			this.maxMessageSize = maxMessageSize;
			return this;
		}

		public Builder identity(byte @Nullable [] identity) {
			Assert.isTrue(identity == null || (identity.length > 0 && identity.length <= 255 && identity[0] != 0),
					"'identity' must be 1 to 255 bytes and must not start with a zero byte");
			this.identity = (identity != null) ? identity.clone() : null;
			return this;
		}

		public Builder routerMandatory(boolean routerMandatory) {
			this.routerMandatory = routerMandatory;
			return this;
		}

		public Builder tcpKeepAlive(@Nullable Boolean tcpKeepAlive) {
			this.tcpKeepAlive = tcpKeepAlive;
			return this;
		}

		public Builder immediate(boolean immediate) {
			this.immediate = immediate;
			return this;
		}

		public Builder acceptLegacyZmtp(boolean acceptLegacyZmtp) {
			this.acceptLegacyZmtp = acceptLegacyZmtp;
			return this;
		}

		public ZmqSocketOptions build() {
			return new ZmqSocketOptions(this);
		}

		private static @Nullable Duration positiveOrNull(@Nullable Duration value, String name) {
			Assert.isTrue(value == null || !value.isNegative(), () -> "'" + name + "' must not be negative");
			Assert.isTrue(value == null || fitsInMillis(value),
					() -> "'" + name + "' must be at most " + Integer.MAX_VALUE + "ms");
			return value;
		}

		private static boolean fitsInMillis(Duration value) {
			return value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) <= 0;
		}

	}

}
