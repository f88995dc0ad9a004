package io.github.zmqspring.sample.orders;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;

/**
 * The client side of order placement, over DEALER; the proxy is created by the starter.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "orders-client")
public interface OrderClient {

	@ZmqRoute("place")
	OrderConfirmation place(Order order);

	@ZmqRoute("place")
	CompletableFuture<OrderConfirmation> placeAsync(Order order);

}
