package io.github.zmqspring.benchmarks.apps.publisher;

import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqTopic;

/**
 * Publishes on the PUB endpoint {@code feed-out}.
 *
 * @author zmq-spring-boot
 */
@ZmqPubClient(endpoint = "feed-out")
public interface FeedPublisher {

	void publish(@ZmqTopic String topic, byte[] body);

}
