package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * An order to place.
 *
 * @param sku the product
 * @param quantity how many
 * @param limitPrice the highest acceptable unit price
 * @author zmq-spring-boot
 */
public record Order(@NotBlank String sku, @Positive int quantity, @Positive BigDecimal limitPrice) {

}
