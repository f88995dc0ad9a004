package io.github.zmqspring.boot.autoconfigure.convert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A JSON payload of the conversion tests: a timestamp and nested collections.
 *
 * @param orderId the id
 * @param placedAt when it was placed
 * @param lines the order lines, each a map of fields
 * @author zmq-spring-boot
 */
public record Order(String orderId, Instant placedAt, List<Map<String, Object>> lines) {

}
