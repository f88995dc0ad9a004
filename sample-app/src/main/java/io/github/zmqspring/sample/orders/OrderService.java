package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.stereotype.Component;

/**
 * Serves order placement over ROUTER: JSON in, JSON out, many orders processed at once.
 *
 * @author zmq-spring-boot
 */
@Component
public class OrderService {

	private final AtomicLong sequence = new AtomicLong(1000);

	@ZmqRouterListener(endpoint = "orders", route = "place")
	public OrderConfirmation place(Order order) {
		if (order.quantity() <= 0) {
			throw new IllegalArgumentException("quantity must be positive, was " + order.quantity());
		}
		BigDecimal total = order.limitPrice().multiply(BigDecimal.valueOf(order.quantity()));
		return new OrderConfirmation("ord-" + this.sequence.incrementAndGet(), order.sku(), total, Instant.now());
	}

}
