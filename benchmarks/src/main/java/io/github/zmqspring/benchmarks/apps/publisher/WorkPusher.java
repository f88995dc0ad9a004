package io.github.zmqspring.benchmarks.apps.publisher;

import io.github.zmqspring.annotation.ZmqPushClient;

/**
 * Pushes on the PUSH endpoint {@code work-out}.
 *
 * @author zmq-spring-boot
 */
@ZmqPushClient(endpoint = "work-out")
public interface WorkPusher {

	void push(byte[] body);

}
