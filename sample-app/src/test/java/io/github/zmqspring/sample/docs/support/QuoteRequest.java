package io.github.zmqspring.sample.docs.support;

/**
 * A request for a quote, as the documentation's request/reply examples use it.
 *
 * @param symbol the instrument
 * @author zmq-spring-boot
 */
public record QuoteRequest(String symbol) {

}
