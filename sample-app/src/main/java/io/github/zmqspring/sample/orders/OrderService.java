package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.zmqspring.annotation.ZmqRouterListener;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;

/**
 * Serves order placement over ROUTER: JSON in, JSON out, many orders processed at once; an
 * invalid order is answered with status 400 naming the field.
 *
 * @author zmq-spring-boot
 */
@Component
public class OrderService {

	private final AtomicLong sequence = new AtomicLong(1000);

	@ZmqRouterListener(endpoint = "orders", route = "place")
	public OrderConfirmation place(@Valid Order order) {
		BigDecimal total = order.limitPrice().multiply(BigDecimal.valueOf(order.quantity()));
		return new OrderConfirmation("ord-" + this.sequence.incrementAndGet(), order.sku(), total, Instant.now());
	}

}
