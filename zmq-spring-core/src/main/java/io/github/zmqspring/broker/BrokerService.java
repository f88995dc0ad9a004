package io.github.zmqspring.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A service known to a broker: its settings, its requests waiting for a worker (oldest
 * first) and its idle workers (least recently used first). Lives on the broker's thread;
 * its {@link ZmqBrokerServiceStatistics} are what other threads read.
 *
 * @author zmq-spring-boot
 */
final class BrokerService {

	final String name;

	final byte[] nameBytes;

	final ZmqServiceSettings settings;

	final Deque<BrokerRequest> requests = new ArrayDeque<>();

	final Deque<BrokerWorker> idle = new ArrayDeque<>();

	final ZmqBrokerServiceStatistics statistics;

	int workers;

	BrokerService(String name, ZmqServiceSettings settings) {
		this.name = name;
		this.nameBytes = name.getBytes(StandardCharsets.US_ASCII);
		this.settings = settings;
		this.statistics = new ZmqBrokerServiceStatistics(name);
	}

	/** Publish the current counts to the statistics. */
	void publish() {
		this.statistics.update(this.workers, this.idle.size(), this.requests.size());
	}

}
