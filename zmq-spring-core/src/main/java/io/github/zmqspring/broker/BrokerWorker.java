package io.github.zmqspring.broker;

import org.jspecify.annotations.Nullable;

/**
 * A worker registered with a broker: its routing id, its service, when it counts as dead
 * and the request it holds. Lives on the broker's thread only.
 *
 * @author zmq-spring-boot
 */
final class BrokerWorker {

	final byte[] identity;

	final String key;

	final BrokerService service;

	long expiry;

	@Nullable BrokerRequest request;

	BrokerWorker(byte[] identity, String key, BrokerService service, long expiry) {
		this.identity = identity;
		this.key = key;
		this.service = service;
		this.expiry = expiry;
	}

}
