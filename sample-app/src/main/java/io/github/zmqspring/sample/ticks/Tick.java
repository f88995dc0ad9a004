package io.github.zmqspring.sample.ticks;

import java.math.BigDecimal;

/**
 * A price tick.
 *
 * @param symbol the instrument, also the topic it is published on
 * @param price the price
 * @author zmq-spring-boot
 */
public record Tick(String symbol, BigDecimal price) {

}
