package io.github.zmqspring.client;

import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;

/**
 * A reply as received: its payload bytes with their content type, and its headers.
 *
 * @param payload the payload
 * @param headers the headers from the envelope
 * @author zmq-spring-boot
 */
public record ZmqReply(ZmqPayload payload, Map<String, String> headers) {

}
