package io.github.zmqspring.sample.docs.support;

/**
 * An order, as the documentation's examples use it.
 *
 * @param sku the product
 * @param quantity how many
 * @author zmq-spring-boot
 */
public record Order(String sku, int quantity) {

}
