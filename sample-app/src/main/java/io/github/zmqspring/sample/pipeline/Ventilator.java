package io.github.zmqspring.sample.pipeline;

import io.github.zmqspring.annotation.ZmqPushClient;

/**
 * Sends tasks on the PUSH endpoint {@code tasks-push}; ZeroMQ spreads them over the
 * connected workers.
 *
 * @author zmq-spring-boot
 */
@ZmqPushClient(endpoint = "tasks-push")
public interface Ventilator {

	void push(Task task);

}
