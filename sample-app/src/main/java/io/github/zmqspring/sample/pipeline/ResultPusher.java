package io.github.zmqspring.sample.pipeline;

import io.github.zmqspring.annotation.ZmqPushClient;

/**
 * Sends results to the sink on the PUSH endpoint {@code results-push}.
 *
 * @author zmq-spring-boot
 */
@ZmqPushClient(endpoint = "results-push")
public interface ResultPusher {

	void push(Result result);

}
