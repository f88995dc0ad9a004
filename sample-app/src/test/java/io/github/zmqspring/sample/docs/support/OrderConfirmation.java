package io.github.zmqspring.sample.docs.support;

/**
 * The answer to an order, as the documentation's examples use it.
 *
 * @param orderId the id given to the order
 * @param sku the product
 * @author zmq-spring-boot
 */
public record OrderConfirmation(String orderId, String sku) {

}
