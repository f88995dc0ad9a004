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

package io.github.zmqspring.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqProxy;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for ZeroMQ ({@code zmq.*}).
 * <p>
 * Socket options under {@code zmq.defaults} apply to every endpoint; an endpoint under
 * {@code zmq.endpoints.<name>} overrides any of them. An option set in neither place
 * keeps the starter's built-in default, which each option's description states.
 */
@ConfigurationProperties("zmq")
public class ZmqProperties {

	private final Context context = new Context();

	private final Listener listener = new Listener();

	/**
	 * Socket options inherited by every endpoint, named or declared inline on an
	 * annotation.
	 */
	private final Options defaults = new Options();

	/**
	 * Named endpoints, shared by listeners and clients that refer to them by name.
	 */
	private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

	/**
	 * Named proxies (queue, forwarder, streamer) between a frontend and a backend socket.
	 */
	private final Map<String, Proxy> proxies = new LinkedHashMap<>();

	/**
	 * Named Majordomo (MDP/0.2) brokers: one ROUTER socket that clients and workers
	 * connect to, routing each request to a ready worker of its service.
	 */
	private final Map<String, Broker> brokers = new LinkedHashMap<>();

	/**
	 * How '@ZmqWorker' methods keep their MDP/0.2 connections to a broker alive.
	 */
	private final Worker worker = new Worker();

	public Context getContext() {
		return this.context;
	}

	public Listener getListener() {
		return this.listener;
	}

	public Options getDefaults() {
		return this.defaults;
	}

	public Map<String, Endpoint> getEndpoints() {
		return this.endpoints;
	}

	public Map<String, Proxy> getProxies() {
		return this.proxies;
	}

	public Map<String, Broker> getBrokers() {
		return this.brokers;
	}

	public Worker getWorker() {
		return this.worker;
	}

	/**
	 * The application's one ZeroMQ context.
	 */
	public static class Context {

		/**
		 * Number of ZeroMQ I/O threads.
		 */
		private int ioThreads = 1;

		/**
		 * How long shutdown lets in-flight handlers finish and flush their replies, and
		 * then lets the context terminate, before giving up on them.
		 */
		private Duration shutdownTimeout = Duration.ofSeconds(10);

		/**
		 * Maximum number of sockets the context may open.
		 */
		private int maxSockets = 1024;

		public int getIoThreads() {
			return this.ioThreads;
		}

		public void setIoThreads(int ioThreads) {
			this.ioThreads = ioThreads;
		}

		public Duration getShutdownTimeout() {
			return this.shutdownTimeout;
		}

		public void setShutdownTimeout(Duration shutdownTimeout) {
			this.shutdownTimeout = shutdownTimeout;
		}

		public int getMaxSockets() {
			return this.maxSockets;
		}

		public void setMaxSockets(int maxSockets) {
			this.maxSockets = maxSockets;
		}

	}

	/**
	 * How listeners run their handlers.
	 */
	public static class Listener {

		/**
		 * Default number of messages a ROUTER listener processes at once, answering them
		 * out of order. SUB, PULL and PAIR listeners default to 1 to keep message order,
		 * and a REP listener always processes 1 at a time (ZeroMQ's lockstep).
		 */
		private int concurrency = 10;

		/**
		 * Number of threads of the bounded pool that runs handlers when virtual threads
		 * are off. With 'spring.threads.virtual.enabled=true' each handler runs on its
		 * own virtual thread instead.
		 */
		private int poolSize = 16;

		/**
		 * How long a listener method with direct dispatch may hold its socket thread
		 * before the invocation is logged (WARN, rate-limited) and counted in
		 * 'zmq.listener.direct.slow'. An endpoint's 'direct-warn-threshold' wins.
		 */
		private Duration directWarnThreshold = Duration.ofMillis(50);

		private final Errors error = new Errors();

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

		public int getPoolSize() {
			return this.poolSize;
		}

		public void setPoolSize(int poolSize) {
			this.poolSize = poolSize;
		}

		public Duration getDirectWarnThreshold() {
			return this.directWarnThreshold;
		}

		public void setDirectWarnThreshold(Duration directWarnThreshold) {
			this.directWarnThreshold = directWarnThreshold;
		}

		public Errors getError() {
			return this.error;
		}

		/**
		 * What the error replies of ROUTER and REP listeners tell the remote peer, like
		 * Spring Boot's 'server.error.*'. A peer always gets the status and a short fixed
		 * text; the details are logged.
		 */
		public static class Errors {

			/**
			 * When to send the failure's own text to the peer: the exception type and
			 * message of a handler or conversion failure (which may name classes and hold
			 * data), why a request is malformed, the unsupported content type, and the
			 * routes an endpoint serves when the requested one is unknown.
			 */
			private IncludeAttribute includeMessage = IncludeAttribute.NEVER;

			/**
			 * When to send the field errors of a failed '@Valid' payload, with the
			 * rejected values, to the peer.
			 */
			private IncludeAttribute includeBindingErrors = IncludeAttribute.NEVER;

			public IncludeAttribute getIncludeMessage() {
				return this.includeMessage;
			}

			public void setIncludeMessage(IncludeAttribute includeMessage) {
				this.includeMessage = includeMessage;
			}

			public IncludeAttribute getIncludeBindingErrors() {
				return this.includeBindingErrors;
			}

			public void setIncludeBindingErrors(IncludeAttribute includeBindingErrors) {
				this.includeBindingErrors = includeBindingErrors;
			}

			/**
			 * When a detail goes into an error reply. A message protocol has no request
			 * parameter to ask for it, so Boot's 'on-param' has no counterpart.
			 */
			public enum IncludeAttribute {

				/** Never send the detail. */
				NEVER,

				/** Always send the detail. */
				ALWAYS

			}

		}

	}

	/**
	 * Socket options. Every option is unset by default, meaning "inherit": from
	 * {@code zmq.defaults} for an endpoint, else the starter's built-in default.
	 */
	public static class Options {

		/**
		 * Maximum number of outbound messages queued for each peer before ZeroMQ pushes
		 * back on senders, 0 for no limit. Defaults to 1000.
		 */
		private @Nullable Integer sendHwm;

		/**
		 * Maximum number of inbound messages queued from each peer before ZeroMQ stops
		 * reading from it, 0 for no limit. Defaults to 1000.
		 */
		private @Nullable Integer receiveHwm;

		/**
		 * How long unsent messages are kept for delivery after the socket closes.
		 * Defaults to 1s (JeroMQ's own default for a raw socket is to wait forever).
		 */
		private @Nullable Duration linger;

		/**
		 * How long a new connection may take to exchange ZMTP greetings before it is
		 * dropped and retried ('0' waits forever). Defaults to 2s, which also recovers
		 * JeroMQ connections whose handshake stalls. JeroMQ 0.6.0 stops this timer once
		 * the greeting is in: the security handshake that follows (READY, HELLO, ...) has
		 * no timeout.
		 */
		private @Nullable Duration handshakeTimeout;

		/**
		 * Largest inbound frame accepted: a peer announcing a larger one is disconnected,
		 * or, when JeroMQ lets the size through (a 64-bit size with the top bit set), the
		 * frame is never allocated and is counted as an 'oversize' drop. '-1' means
		 * JeroMQ's own bound (2 GiB per frame, which a peer can make the listener
		 * allocate). Defaults to 16MB.
		 */
		private @Nullable DataSize maxMessageSize;

		/**
		 * Whether peers speaking ZMTP 1.0 or 2.0 (libzmq before 4.0) are served by a
		 * socket that binds. Off, such a peer, and any connection whose first bytes are
		 * not a ZMTP 3 greeting, is closed at once; on, a connection whose first byte is
		 * not 0xFF is read as a ZMTP 1.0 peer. A socket that only connects keeps JeroMQ's
		 * default (serves them). Cannot be combined with CURVE, PLAIN or an address
		 * filter (JeroMQ refuses legacy peers there). Defaults to false.
		 */
		private @Nullable Boolean acceptLegacyZmtp;

		/**
		 * Whether a ROUTER socket (also a REP listener's, which is served by a ROUTER)
		 * counts a message addressed to an unknown or disconnected peer as a drop (reason
		 * 'unroutable') instead of discarding it silently. Defaults to true.
		 */
		private @Nullable Boolean routerMandatory;

		/**
		 * Whether to queue outbound messages only on completed connections, with libzmq's
		 * meaning of ZMQ_IMMEDIATE (JeroMQ's own 'immediate' flag means the opposite; the
		 * starter translates it). Defaults to false: messages queue on a connection that
		 * is still being made.
		 */
		private @Nullable Boolean immediate;

		/**
		 * Whether to turn TCP keep-alive on or off for the socket's connections. Unset
		 * keeps the operating system's default.
		 */
		private @Nullable Boolean tcpKeepAlive;

		/**
		 * Maximum number of outbound messages waiting for the socket's I/O thread.
		 * Defaults to 1000.
		 */
		private @Nullable Integer sendQueueCapacity;

		/**
		 * How long a sender waits for room in the outbound queue before the send fails.
		 * Defaults to 5s.
		 */
		private @Nullable Duration sendTimeout;

		/**
		 * How long a client waits for a reply before the request fails. Defaults to 5s.
		 */
		private @Nullable Duration requestTimeout;

		/**
		 * Maximum number of requests a client may have waiting for replies. Defaults to
		 * 10000.
		 */
		private @Nullable Integer maxInFlight;

		/**
		 * Content type of the payloads this endpoint sends when the code does not say:
		 * the replies of its listeners and the requests of its clients (a client's
		 * '@ZmqDealerClient(contentType)' wins), for example 'application/json' to send
		 * strings as JSON too. Unset, the converter chooses by Java type ('text/plain'
		 * for strings, 'application/octet-stream' for bytes, 'application/json' for
		 * objects).
		 */
		private @Nullable String contentType;

		/**
		 * Where the endpoint's handlers run: 'executor' (the listener executor, at most
		 * the listener's concurrency at once; handlers may block) or 'direct' (the
		 * socket's own thread, as messages are read: no thread hand-off, for handlers
		 * that do not block). On a request/reply client, where replies complete their
		 * futures and run their callbacks. A listener annotation's 'dispatch' wins.
		 * Defaults to 'executor'.
		 */
		private @Nullable ZmqDispatchMode dispatch;

		/**
		 * How long a listener method with direct dispatch may hold the socket thread
		 * before the invocation is logged and counted as slow. Defaults to
		 * 'zmq.listener.direct-warn-threshold' (50ms).
		 */
		private @Nullable Duration directWarnThreshold;

		private final Heartbeat heartbeat = new Heartbeat();

		private final Reconnect reconnect = new Reconnect();

		private final Retry retry = new Retry();

		private final Health health = new Health();

		/**
		 * Authentication and encryption (CURVE, PLAIN) and IP allow/deny lists.
		 */
		@NestedConfigurationProperty
		private final ZmqSecurityProperties security = new ZmqSecurityProperties();

		public @Nullable Integer getSendHwm() {
			return this.sendHwm;
		}

		public void setSendHwm(@Nullable Integer sendHwm) {
			this.sendHwm = sendHwm;
		}

		public @Nullable Integer getReceiveHwm() {
			return this.receiveHwm;
		}

		public void setReceiveHwm(@Nullable Integer receiveHwm) {
			this.receiveHwm = receiveHwm;
		}

		public @Nullable Duration getLinger() {
			return this.linger;
		}

		public void setLinger(@Nullable Duration linger) {
			this.linger = linger;
		}

		public @Nullable Duration getHandshakeTimeout() {
			return this.handshakeTimeout;
		}

		public void setHandshakeTimeout(@Nullable Duration handshakeTimeout) {
			this.handshakeTimeout = handshakeTimeout;
		}

		public @Nullable DataSize getMaxMessageSize() {
			return this.maxMessageSize;
		}

		public void setMaxMessageSize(@Nullable DataSize maxMessageSize) {
			this.maxMessageSize = maxMessageSize;
		}

		public @Nullable Boolean getAcceptLegacyZmtp() {
			return this.acceptLegacyZmtp;
		}

		public void setAcceptLegacyZmtp(@Nullable Boolean acceptLegacyZmtp) {
			this.acceptLegacyZmtp = acceptLegacyZmtp;
		}

		public @Nullable Boolean getRouterMandatory() {
			return this.routerMandatory;
		}

		public void setRouterMandatory(@Nullable Boolean routerMandatory) {
			this.routerMandatory = routerMandatory;
		}

		public @Nullable Boolean getImmediate() {
			return this.immediate;
		}

		public void setImmediate(@Nullable Boolean immediate) {
			this.immediate = immediate;
		}

		public @Nullable Boolean getTcpKeepAlive() {
			return this.tcpKeepAlive;
		}

		public void setTcpKeepAlive(@Nullable Boolean tcpKeepAlive) {
			this.tcpKeepAlive = tcpKeepAlive;
		}

		public @Nullable Integer getSendQueueCapacity() {
			return this.sendQueueCapacity;
		}

		public void setSendQueueCapacity(@Nullable Integer sendQueueCapacity) {
			this.sendQueueCapacity = sendQueueCapacity;
		}

		public @Nullable Duration getSendTimeout() {
			return this.sendTimeout;
		}

		public void setSendTimeout(@Nullable Duration sendTimeout) {
			this.sendTimeout = sendTimeout;
		}

		public @Nullable Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(@Nullable Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
		}

		public @Nullable Integer getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(@Nullable Integer maxInFlight) {
			this.maxInFlight = maxInFlight;
		}

		public @Nullable String getContentType() {
			return this.contentType;
		}

		public void setContentType(@Nullable String contentType) {
			this.contentType = contentType;
		}

		public @Nullable ZmqDispatchMode getDispatch() {
			return this.dispatch;
		}

		public void setDispatch(@Nullable ZmqDispatchMode dispatch) {
			this.dispatch = dispatch;
		}

		public @Nullable Duration getDirectWarnThreshold() {
			return this.directWarnThreshold;
		}

		public void setDirectWarnThreshold(@Nullable Duration directWarnThreshold) {
			this.directWarnThreshold = directWarnThreshold;
		}

		public Heartbeat getHeartbeat() {
			return this.heartbeat;
		}

		public Reconnect getReconnect() {
			return this.reconnect;
		}

		public Retry getRetry() {
			return this.retry;
		}

		public Health getHealth() {
			return this.health;
		}

		public ZmqSecurityProperties getSecurity() {
			return this.security;
		}

	}

	/**
	 * A proxy: its kind and its two sockets.
	 */
	public static class Proxy {

		/**
		 * Kind of proxy: 'queue' (ROUTER frontend, DEALER backend), 'forwarder' (XSUB
		 * frontend, XPUB backend) or 'streamer' (PULL frontend, PUSH backend).
		 */
		private ZmqProxy.Type type = ZmqProxy.Type.QUEUE;

		/**
		 * Whether the proxy starts with the application.
		 */
		private boolean autoStartup = true;

		/**
		 * Name of an endpoint (under 'zmq.endpoints', a PUB or PUSH socket) on which a
		 * copy of every forwarded message is republished, frames unchanged.
		 */
		private @Nullable String capture;

		/**
		 * The socket clients (or publishers, pushers) talk to: addresses and options.
		 */
		private final Endpoint frontend = new Endpoint();

		/**
		 * The socket workers (or subscribers, pullers) talk to: addresses and options.
		 */
		private final Endpoint backend = new Endpoint();

		public ZmqProxy.Type getType() {
			return this.type;
		}

		public void setType(ZmqProxy.Type type) {
			this.type = type;
		}

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public @Nullable String getCapture() {
			return this.capture;
		}

		public void setCapture(@Nullable String capture) {
			this.capture = capture;
		}

		public Endpoint getFrontend() {
			return this.frontend;
		}

		public Endpoint getBackend() {
			return this.backend;
		}

	}

	/**
	 * A Majordomo broker: its ROUTER socket (addresses and options, as an endpoint's),
	 * how it watches its workers, and how it treats requests per service.
	 */
	public static class Broker extends Endpoint {

		/**
		 * Whether the broker starts with the application.
		 */
		private boolean autoStartup = true;

		/**
		 * Interval between the MDP HEARTBEAT commands the broker sends to each worker;
		 * workers must use a similar one ('zmq.worker.heartbeat-interval' for ours).
		 */
		private Duration workerHeartbeatInterval = Duration.ofSeconds(1);

		/**
		 * How many heartbeat intervals a worker may stay silent before the broker removes
		 * it (and fails or re-dispatches the request it held).
		 */
		private int workerLiveness = 3;

		/**
		 * How many services the broker keeps at most; a request or READY for a new
		 * service beyond it is refused (status 503).
		 */
		private int maxServices = 1000;

		/**
		 * How many requests per service may wait for a worker; a request beyond it is
		 * refused at once (status 429). Services under 'services' may override it.
		 */
		private int maxQueued = 1000;

		/**
		 * How long a request may wait for a worker before it fails (status 504). Services
		 * under 'services' may override it.
		 */
		private Duration maxWait = Duration.ofSeconds(10);

		/**
		 * Whether a request whose worker died may be handed to another worker; else it
		 * fails (status 502). Services under 'services' may override it.
		 */
		private boolean idempotent;

		/**
		 * Settings of named services, overriding the broker's 'max-queued', 'max-wait'
		 * and 'idempotent'.
		 */
		private final Map<String, BrokerService> services = new LinkedHashMap<>();

		public boolean isAutoStartup() {
			return this.autoStartup;
		}

		public void setAutoStartup(boolean autoStartup) {
			this.autoStartup = autoStartup;
		}

		public Duration getWorkerHeartbeatInterval() {
			return this.workerHeartbeatInterval;
		}

		public void setWorkerHeartbeatInterval(Duration workerHeartbeatInterval) {
			this.workerHeartbeatInterval = workerHeartbeatInterval;
		}

		public int getWorkerLiveness() {
			return this.workerLiveness;
		}

		public void setWorkerLiveness(int workerLiveness) {
			this.workerLiveness = workerLiveness;
		}

		public int getMaxServices() {
			return this.maxServices;
		}

		public void setMaxServices(int maxServices) {
			this.maxServices = maxServices;
		}

		public int getMaxQueued() {
			return this.maxQueued;
		}

		public void setMaxQueued(int maxQueued) {
			this.maxQueued = maxQueued;
		}

		public Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(Duration maxWait) {
			this.maxWait = maxWait;
		}

		public boolean isIdempotent() {
			return this.idempotent;
		}

		public void setIdempotent(boolean idempotent) {
			this.idempotent = idempotent;
		}

		public Map<String, BrokerService> getServices() {
			return this.services;
		}

	}

	/**
	 * How a broker treats the requests of one service; unset values are the broker's.
	 */
	public static class BrokerService {

		/**
		 * How many requests may wait for a worker. Unset uses the broker's 'max-queued'.
		 */
		private @Nullable Integer maxQueued;

		/**
		 * How long a request may wait for a worker. Unset uses the broker's 'max-wait'.
		 */
		private @Nullable Duration maxWait;

		/**
		 * Whether a request whose worker died may go to another worker. Unset uses the
		 * broker's 'idempotent'.
		 */
		private @Nullable Boolean idempotent;

		public @Nullable Integer getMaxQueued() {
			return this.maxQueued;
		}

		public void setMaxQueued(@Nullable Integer maxQueued) {
			this.maxQueued = maxQueued;
		}

		public @Nullable Duration getMaxWait() {
			return this.maxWait;
		}

		public void setMaxWait(@Nullable Duration maxWait) {
			this.maxWait = maxWait;
		}

		public @Nullable Boolean getIdempotent() {
			return this.idempotent;
		}

		public void setIdempotent(@Nullable Boolean idempotent) {
			this.idempotent = idempotent;
		}

	}

	/**
	 * The MDP/0.2 heartbeating of '@ZmqWorker' connections.
	 */
	public static class Worker {

		/**
		 * Interval between the HEARTBEAT commands a worker connection sends to its
		 * broker; use the broker's interval.
		 */
		private Duration heartbeatInterval = Duration.ofSeconds(1);

		/**
		 * How many heartbeat intervals the broker may stay silent before a worker
		 * connection closes its socket, opens a new one and sends READY again.
		 */
		private int liveness = 3;

		public Duration getHeartbeatInterval() {
			return this.heartbeatInterval;
		}

		public void setHeartbeatInterval(Duration heartbeatInterval) {
			this.heartbeatInterval = heartbeatInterval;
		}

		public int getLiveness() {
			return this.liveness;
		}

		public void setLiveness(int liveness) {
			this.liveness = liveness;
		}

	}

	/**
	 * A named endpoint: its addresses, and socket options overriding
	 * {@code zmq.defaults}.
	 */
	public static class Endpoint extends Options {

		/**
		 * Socket type. Set it only to pin the type; unset lets the listener annotation or
		 * client that uses the endpoint decide.
		 */
		private @Nullable SocketType type;

		/**
		 * Addresses to bind, such as 'tcp://*:5555'. A port of '*' or '0' binds a random
		 * port, published as 'local.zmq.<name>.port'.
		 */
		private List<String> bind = new ArrayList<>();

		/**
		 * Addresses to connect to, such as 'tcp://orders:5555'.
		 */
		private List<String> connect = new ArrayList<>();

		/**
		 * Routing id of the socket as a peer ROUTER sees it, in UTF-8 (1 to 255 bytes).
		 * Unset lets the peer choose one.
		 */
		private @Nullable String identity;

		/**
		 * Name of a PUSH endpoint under 'zmq.endpoints' that receives the messages this
		 * endpoint's listeners failed to process (with the failure in envelope headers),
		 * unless the listener names its own error handler. Unset drops and counts them.
		 */
		private @Nullable String deadLetter;

		/**
		 * Majordomo (MDP/0.2) service a request/reply client asks for (a client's
		 * '@ZmqDealerClient(service)' wins). Set, the endpoint connects to a broker
		 * ('zmq.brokers' or any MDP/0.2 broker) rather than to a server.
		 */
		private @Nullable String service;

		/**
		 * Where the endpoint finds the addresses it connects to at run time: the
		 * instances of a service in a registry (Spring Cloud's DiscoveryClient) or the
		 * addresses of a DNS name. Instead of, or besides, 'connect'.
		 */
		private final Discovery discovery = new Discovery();

		public @Nullable SocketType getType() {
			return this.type;
		}

		public void setType(@Nullable SocketType type) {
			this.type = type;
		}

		public List<String> getBind() {
			return this.bind;
		}

		public void setBind(List<String> bind) {
			this.bind = bind;
		}

		public List<String> getConnect() {
			return this.connect;
		}

		public void setConnect(List<String> connect) {
			this.connect = connect;
		}

		public @Nullable String getIdentity() {
			return this.identity;
		}

		public void setIdentity(@Nullable String identity) {
			this.identity = identity;
		}

		public @Nullable String getDeadLetter() {
			return this.deadLetter;
		}

		public void setDeadLetter(@Nullable String deadLetter) {
			this.deadLetter = deadLetter;
		}

		public @Nullable String getService() {
			return this.service;
		}

		public void setService(@Nullable String service) {
			this.service = service;
		}

		public Discovery getDiscovery() {
			return this.discovery;
		}

	}

	/**
	 * Run-time connect addresses of an endpoint: one per instance of a service, kept up
	 * to date (new instances connected, gone ones disconnected). Set 'service-id' or
	 * 'dns'.
	 */
	public static class Discovery {

		/**
		 * Service id whose instances, found with Spring Cloud's DiscoveryClient, the
		 * endpoint connects to (needs spring-cloud-commons and a DiscoveryClient). The
		 * port of each instance comes from 'port', else from its metadata.
		 */
		private @Nullable String serviceId;

		/**
		 * Host name whose addresses (every A and AAAA record) the endpoint connects to,
		 * on 'port'; for example a Kubernetes headless service. Re-resolved every
		 * 'refresh-interval', through the JVM's resolver and its cache.
		 */
		private @Nullable String dns;

		/**
		 * Port of the ZeroMQ endpoint on every instance. Required with 'dns'; with
		 * 'service-id' it wins over the instances' metadata.
		 */
		private @Nullable Integer port;

		/**
		 * Instance metadata key that holds the port, for example 'port.zmq' (Spring Cloud
		 * Kubernetes with named ports). Unset uses the one 'zmq-<endpoint>-port' key that
		 * a server with this starter publishes for its bound endpoints.
		 */
		private @Nullable String portMetadataKey;

		/**
		 * How often the instances are looked up again. Spring Cloud's HeartbeatEvent also
		 * triggers a look-up of 'service-id' endpoints.
		 */
		private Duration refreshInterval = Duration.ofSeconds(10);

		public @Nullable String getServiceId() {
			return this.serviceId;
		}

		public void setServiceId(@Nullable String serviceId) {
			this.serviceId = serviceId;
		}

		public @Nullable String getDns() {
			return this.dns;
		}

		public void setDns(@Nullable String dns) {
			this.dns = dns;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable String getPortMetadataKey() {
			return this.portMetadataKey;
		}

		public void setPortMetadataKey(@Nullable String portMetadataKey) {
			this.portMetadataKey = portMetadataKey;
		}

		public Duration getRefreshInterval() {
			return this.refreshInterval;
		}

		public void setRefreshInterval(Duration refreshInterval) {
			this.refreshInterval = refreshInterval;
		}

	}

	/**
	 * ZMTP heartbeats, which detect dead peers on idle connections.
	 */
	public static class Heartbeat {

		/**
		 * Interval between heartbeats (ZMTP PING). Unset sends no heartbeats.
		 */
		private @Nullable Duration interval;

		/**
		 * How long to wait for any traffic after a heartbeat before closing the
		 * connection. Unset uses the heartbeat interval.
		 */
		private @Nullable Duration timeout;

		/**
		 * How long the peer should keep the connection without receiving traffic, sent to
		 * it with each heartbeat; at most 655s, in steps of 100ms. Unset announces none.
		 */
		private @Nullable Duration ttl;

		public @Nullable Duration getInterval() {
			return this.interval;
		}

		public void setInterval(@Nullable Duration interval) {
			this.interval = interval;
		}

		public @Nullable Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(@Nullable Duration timeout) {
			this.timeout = timeout;
		}

		public @Nullable Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(@Nullable Duration ttl) {
			this.ttl = ttl;
		}

	}

	/**
	 * How connecting sockets retry a lost or refused connection.
	 */
	public static class Reconnect {

		/**
		 * Delay before reconnecting. Unset uses JeroMQ's default of 100ms.
		 */
		private @Nullable Duration interval;

		/**
		 * Maximum delay between reconnect attempts; the delay doubles after each failed
		 * attempt up to this value. Unset keeps the delay fixed at the interval.
		 */
		private @Nullable Duration maxInterval;

		public @Nullable Duration getInterval() {
			return this.interval;
		}

		public void setInterval(@Nullable Duration interval) {
			this.interval = interval;
		}

		public @Nullable Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(@Nullable Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

	}

	/**
	 * How a client retries a request that got no reply (timeout, or its only server
	 * gone): the Lazy Pirate. Only for idempotent routes: the server may have processed a
	 * request whose reply was lost. '@ZmqRetry' on a client interface or method overrides
	 * it.
	 */
	public static class Retry {

		/**
		 * How many times a request is sent again after its first attempt. Unset or 0
		 * turns retries off.
		 */
		private @Nullable Long maxRetries;

		/**
		 * Wait before the first retry. Unset uses 100ms.
		 */
		private @Nullable Duration delay;

		/**
		 * Random amount added to or subtracted from each wait, so that many clients do
		 * not retry in step. Unset uses none.
		 */
		private @Nullable Duration jitter;

		/**
		 * What each wait is multiplied by for the next one. Unset uses 2.
		 */
		private @Nullable Double multiplier;

		/**
		 * Longest wait between attempts. Unset uses 2s.
		 */
		private @Nullable Duration maxDelay;

		public @Nullable Long getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(@Nullable Long maxRetries) {
			this.maxRetries = maxRetries;
		}

		public @Nullable Duration getDelay() {
			return this.delay;
		}

		public void setDelay(@Nullable Duration delay) {
			this.delay = delay;
		}

		public @Nullable Duration getJitter() {
			return this.jitter;
		}

		public void setJitter(@Nullable Duration jitter) {
			this.jitter = jitter;
		}

		public @Nullable Double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(@Nullable Double multiplier) {
			this.multiplier = multiplier;
		}

		public @Nullable Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(@Nullable Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

	}

	/**
	 * What the endpoint's component of the 'zmq' health contributor reports.
	 */
	public static class Health {

		/**
		 * Whether an endpoint that only connects (binds nothing, over TCP) reports DOWN
		 * while no peer is connected. Off, it reports UP with no peers, since a ZeroMQ
		 * socket connects when the peer comes up. Defaults to false. Endpoints that bind
		 * are UP without peers either way.
		 */
		private @Nullable Boolean requirePeers;

		public @Nullable Boolean getRequirePeers() {
			return this.requirePeers;
		}

		public void setRequirePeers(@Nullable Boolean requirePeers) {
			this.requirePeers = requirePeers;
		}

	}

}
