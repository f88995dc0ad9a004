package io.github.zmqspring.sample.docs.support;

import java.math.BigDecimal;

/**
 * A price quote, as the documentation's request/reply examples use it.
 *
 * @param symbol the instrument
 * @param bid the bid price
 * @param ask the ask price
 * @author zmq-spring-boot
 */
public record Quote(String symbol, BigDecimal bid, BigDecimal ask) {

}
