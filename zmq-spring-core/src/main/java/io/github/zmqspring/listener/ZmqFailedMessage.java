package io.github.zmqspring.listener;

import java.util.List;

/**
 * A message a listener failed to process, as it arrived (without the ROUTER routing prefix),
 * and why.
 *
 * @param endpoint the listener's endpoint
 * @param route the route the message asked for (empty: the default route or unknown)
 * @param frames the frames as received: the envelope frame, if any, and the body frames
 * (SUB: the topic frame first)
 * @param exception why processing failed
 * @author zmq-spring-boot
 */
public record ZmqFailedMessage(String endpoint, String route, List<byte[]> frames, Throwable exception) {

}
