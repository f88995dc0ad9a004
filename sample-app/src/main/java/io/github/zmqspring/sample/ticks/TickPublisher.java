package io.github.zmqspring.sample.ticks;

import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqTopic;

/**
 * Publishes ticks on the PUB endpoint {@code ticks-pub}, the symbol being the topic.
 *
 * @author zmq-spring-boot
 */
@ZmqPubClient(endpoint = "ticks-pub")
public interface TickPublisher {

	void publish(@ZmqTopic String symbol, Tick tick);

}
