package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to a placed order.
 *
 * @param orderId the id given to the order
 * @param sku the product
 * @param total the total price
 * @param acceptedAt when the order was accepted
 * @author zmq-spring-boot
 */
public record OrderConfirmation(String orderId, String sku, BigDecimal total, Instant acceptedAt) {

}
