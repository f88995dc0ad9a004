package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;

/**
 * An order to place.
 *
 * @param sku the product
 * @param quantity how many
 * @param limitPrice the highest acceptable unit price
 * @author zmq-spring-boot
 */
public record Order(String sku, int quantity, BigDecimal limitPrice) {

}
