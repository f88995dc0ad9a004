package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;

import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Places a few orders at startup and logs what came back, so whoever started the sample sees
 * request/reply work. Off with {@code --zmq.demo.enabled=false}.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class OrdersDemo implements ApplicationRunner {

	private final OrderClient orders;

	private final DemoLog log;

	public OrdersDemo(OrderClient orders, DemoLog log) {
		this.orders = orders;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		OrderConfirmation confirmation = this.orders.place(new Order("ZMQ-BOOK", 2, new BigDecimal("39.90")));
		this.log.report("ROUTER/DEALER request/reply (JSON): placed " + confirmation.sku() + " as "
				+ confirmation.orderId() + ", total " + confirmation.total());
		try {
			this.orders.place(new Order("ZMQ-BOOK", 0, BigDecimal.ONE));
		}
		catch (ZmqRemoteException ex) {
			this.log.report("ROUTER/DEALER invalid order refused: status " + ex.getStatus() + ", " + ex.getRemoteMessage());
		}
	}

}
