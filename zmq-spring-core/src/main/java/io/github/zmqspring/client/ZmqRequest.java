package io.github.zmqspring.client;

import java.time.Duration;
import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;

/**
 * An outbound request: the route, the serialized payload, user headers and how long to
 * wait for the reply.
 *
 * @param route the route (operation) on the server, empty for the default route
 * @param payload the serialized payload
 * @param headers user headers carried in the envelope
 * @param timeout how long to wait for the reply (for streams: for each element)
 * @author zmq-spring-boot
 */
public record ZmqRequest(String route, ZmqPayload payload, Map<String, String> headers, Duration timeout) {

}
