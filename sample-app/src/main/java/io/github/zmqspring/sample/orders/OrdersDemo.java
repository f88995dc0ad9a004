package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;

import io.github.zmqspring.client.ZmqRemoteException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(OrdersDemo.class);

	private final OrderClient orders;

	public OrdersDemo(OrderClient orders) {
		this.orders = orders;
	}

	@Override
	public void run(ApplicationArguments args) {
		OrderConfirmation confirmation = this.orders.place(new Order("ZMQ-BOOK", 2, new BigDecimal("39.90")));
		logger.info("[demo] ROUTER/DEALER request/reply (JSON): placed " + confirmation.sku() + " as "
				+ confirmation.orderId() + ", total " + confirmation.total());
		try {
			this.orders.place(new Order("ZMQ-BOOK", 0, BigDecimal.ONE));
		}
		catch (ZmqRemoteException ex) {
			logger.info("[demo] ROUTER/DEALER invalid order refused: status " + ex.getStatus() + ", " + ex.getRemoteMessage());
		}
	}

}
