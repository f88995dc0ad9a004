package io.github.zmqspring.broker;

import java.util.Locale;

/**
 * How a request that reached a broker ended, as counted in {@code zmq.broker.requests}.
 *
 * @author zmq-spring-boot
 */
public enum ZmqBrokerOutcome {

	/** A worker sent the FINAL reply and the broker passed it on. */
	COMPLETED,

	/** Refused at once (status 429 queue full, 503 too many services). */
	REJECTED,

	/** No worker took it within the service's max wait (status 504). */
	EXPIRED,

	/** The worker holding it died or disconnected (status 502). */
	WORKER_LOST;

	/**
	 * The tag value used in metrics.
	 * @return the lower-case name with dashes
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
