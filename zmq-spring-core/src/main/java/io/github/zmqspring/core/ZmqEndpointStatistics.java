package io.github.zmqspring.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counters of one endpoint: messages and bytes received and sent, messages dropped by
 * reason. Cheap enough to
 * update on the socket thread; metrics binders and the Actuator endpoint read them.
 *
 * @author zmq-spring-boot
 */
public final class ZmqEndpointStatistics {

	private static final Log logger = LogFactory.getLog(ZmqEndpointStatistics.class);

	private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

	private final String endpoint;

	private final LongAdder received = new LongAdder();

	private final LongAdder sent = new LongAdder();

	private final LongAdder receivedBytes = new LongAdder();

	private final LongAdder sentBytes = new LongAdder();

	private final Map<ZmqDropReason, LongAdder> dropped = new EnumMap<>(ZmqDropReason.class);

	private volatile long lastDropLog;

	/**
	 * Create counters for the given endpoint.
	 * @param endpoint the endpoint name, used in log messages
	 */
	public ZmqEndpointStatistics(String endpoint) {
		this.endpoint = endpoint;
		for (ZmqDropReason reason : ZmqDropReason.values()) {
			this.dropped.put(reason, new LongAdder());
		}
		this.lastDropLog = System.nanoTime() - LOG_INTERVAL_NANOS;
	}

	void received(long bytes) {
		this.received.increment();
		this.receivedBytes.add(bytes);
	}

	void sent(long bytes) {
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
		long now = System.nanoTime();
		long last = this.lastDropLog;
		if (now - last >= LOG_INTERVAL_NANOS) {
			this.lastDropLog = now;
			logger.warn("Endpoint '" + this.endpoint + "' dropped a message (" + reason.tagValue() + "): " + detail
					+ " (further drops within 10s are logged at DEBUG only; see the zmq.messages.dropped metric)");
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Endpoint '" + this.endpoint + "' dropped a message (" + reason.tagValue() + "): " + detail);
		}
	}

	/** @return messages received */
	public long getReceived() {
		return this.received.sum();
	}

	/** @return messages sent */
	public long getSent() {
		return this.sent.sum();
	}

	/** @return payload bytes received (all frames, routing frames included) */
	public long getReceivedBytes() {
		return this.receivedBytes.sum();
	}

	/** @return payload bytes sent (all frames, routing frames included) */
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

	/** @return messages dropped, all reasons together */
	public long getDroppedTotal() {
		return this.dropped.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
