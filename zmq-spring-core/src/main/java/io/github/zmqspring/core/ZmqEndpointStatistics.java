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

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counters of one endpoint: messages and bytes received and sent, messages dropped by
 * reason, refused handshakes by security mechanism, and slow invocations of handlers with
 * direct dispatch by route. Cheap enough to update on the socket thread; metrics binders
 * and the Actuator endpoint read them.
 */
public final class ZmqEndpointStatistics {

	private static final Log logger = LogFactory.getLog(ZmqEndpointStatistics.class);

	private final String endpoint;

	private final LongAdder received = new LongAdder();

	private final LongAdder sent = new LongAdder();

	private final LongAdder receivedBytes = new LongAdder();

	private final LongAdder sentBytes = new LongAdder();

	private final Map<ZmqDropReason, LongAdder> dropped = new EnumMap<>(ZmqDropReason.class);

	private final Map<String, LongAdder> authenticationFailures = new ConcurrentHashMap<>();

	private final RateLimitedLog dropLog = rateLimited("drops", "zmq.messages.dropped");

	private final RateLimitedLog slowDirectLog = rateLimited("slow direct invocations", "zmq.listener.direct.slow");

	private final Map<String, LongAdder> slowDirectInvocations = new ConcurrentHashMap<>();

	private final RateLimitedLog authenticationLog = rateLimited("refusals", "zmq.auth.failures");

	private final RateLimitedLog rejectionLog = rateLimited("rejections", "zmq.listener");

	private final RateLimitedLog failureLog = rateLimited("handler failures", "zmq.listener");

	/**
	 * Create counters for the given endpoint.
	 * @param endpoint the endpoint name, used in log messages
	 */
	public ZmqEndpointStatistics(String endpoint) {
		this.endpoint = endpoint;
		for (ZmqDropReason reason : ZmqDropReason.values()) {
			this.dropped.put(reason, new LongAdder());
		}
	}

	/**
	 * Count a received message.
	 * @param bytes its size, all frames
	 */
	public void received(long bytes) {
		this.received.increment();
		this.receivedBytes.add(bytes);
	}

	/**
	 * Count a sent message.
	 * @param bytes its size, all frames
	 */
	public void sent(long bytes) {
		this.sent.increment();
		this.sentBytes.add(bytes);
	}

	/**
	 * Count a dropped message and log it, at most once per ten seconds per endpoint at
	 * WARN (every drop at DEBUG).
	 * @param reason why the message was dropped
	 * @param detail what happened, for the log
	 */
	public void dropped(ZmqDropReason reason, String detail) {
		this.dropped.get(reason).increment();
		log(this.dropLog, "dropped a message (" + reason.tagValue() + "): " + detail);
	}

	/**
	 * Count a handshake the endpoint refused (a wrong key or password, or a peer address
	 * not allowed) and log it like a drop. The detail must not hold key material.
	 * @param mechanism the security mechanism, as its tag value
	 * @param detail what happened, with the peer address, for the log
	 */
	public void authenticationFailed(String mechanism, String detail) {
		this.authenticationFailures.computeIfAbsent(mechanism, (key) -> new LongAdder()).increment();
		log(this.authenticationLog, detail);
	}

	/**
	 * Log a request the endpoint answered with an error status because of what the peer
	 * sent (a payload that cannot be read or is not valid), like a drop: at most once per
	 * ten seconds per endpoint at WARN, every one at DEBUG. It is not a drop (the peer
	 * got its error reply), so nothing is counted here; the listener observation records
	 * it.
	 * @param detail what happened, for the log
	 */
	public void rejected(String detail) {
		log(this.rejectionLog, "rejected a request: " + detail);
	}

	/**
	 * Log a request the endpoint answered with an internal error because its listener
	 * method (or the writing of its result) failed, like a drop: at most once per ten
	 * seconds per endpoint at WARN, every one at DEBUG, each with the stack trace, since
	 * a peer can send such requests at will. Nothing is counted here; the listener
	 * observation records it.
	 * @param detail what happened, for the log
	 * @param ex the failure
	 */
	public void failed(String detail, Throwable ex) {
		this.failureLog.log("Endpoint '" + this.endpoint + "' " + detail, ex);
	}

	/**
	 * Declare a route whose handler runs with direct dispatch, so that its count of slow
	 * invocations exists (at zero) before the first one.
	 * @param route the route or topic
	 */
	public void directRoute(String route) {
		this.slowDirectInvocations.computeIfAbsent(route, (key) -> new LongAdder());
	}

	/**
	 * Count an invocation of a handler with direct dispatch that held the socket thread
	 * longer than its threshold, and log it like a drop: at most once per ten seconds per
	 * endpoint at WARN, every one at DEBUG.
	 * @param route the route or topic
	 * @param detail what happened, naming the method, for the log
	 */
	public void slowDirect(String route, String detail) {
		this.slowDirectInvocations.computeIfAbsent(route, (key) -> new LongAdder()).increment();
		log(this.slowDirectLog, detail);
	}

	private static RateLimitedLog rateLimited(String what, String meter) {
		return new RateLimitedLog(logger,
				"further " + what + " within 10s are logged at DEBUG only; see the " + meter + " metric");
	}

	private void log(RateLimitedLog log, String message) {
		log.log("Endpoint '" + this.endpoint + "' " + message, null);
	}

	/**
	 * @return messages received
	 */
	public long getReceived() {
		return this.received.sum();
	}

	/**
	 * @return messages sent
	 */
	public long getSent() {
		return this.sent.sum();
	}

	/**
	 * @return payload bytes received (all frames, routing frames included)
	 */
	public long getReceivedBytes() {
		return this.receivedBytes.sum();
	}

	/**
	 * @return payload bytes sent (all frames, routing frames included)
	 */
	public long getSentBytes() {
		return this.sentBytes.sum();
	}

	/**
	 * Return the number of messages dropped for a reason.
	 * @param reason the reason
	 * @return the count
	 */
	public long getDropped(ZmqDropReason reason) {
		return this.dropped.get(reason).sum();
	}

	/**
	 * Return the number of handshakes refused with a mechanism.
	 * @param mechanism the mechanism, as its tag value ({@code none}, {@code plain},
	 * {@code curve})
	 * @return the count
	 */
	public long getAuthenticationFailures(String mechanism) {
		LongAdder failures = this.authenticationFailures.get(mechanism);
		return (failures != null) ? failures.sum() : 0;
	}

	/**
	 * @return the routes whose handlers run with direct dispatch
	 */
	public Set<String> getDirectRoutes() {
		return Set.copyOf(this.slowDirectInvocations.keySet());
	}

	/**
	 * Return the number of invocations of a route's direct handler that took longer than
	 * the threshold.
	 * @param route the route or topic
	 * @return the count
	 */
	public long getSlowDirect(String route) {
		LongAdder slow = this.slowDirectInvocations.get(route);
		return (slow != null) ? slow.sum() : 0;
	}

	/**
	 * @return messages dropped, all reasons together
	 */
	public long getDroppedTotal() {
		return this.dropped.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
