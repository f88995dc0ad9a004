package io.github.zmqspring.boot.autoconfigure.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server side of the conversion tests: one ROUTER endpoint {@code convert}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConversionServerApp {

	@Bean
	ConversionService conversionService() {
		return new ConversionService();
	}

	/**
	 * The listener methods.
	 */
	static class ConversionService {

		@ZmqRouterListener(endpoint = "convert", route = "order")
		Order order(Order order) {
			List<Map<String, Object>> lines = new ArrayList<>(order.lines());
			lines.add(Map.of("sku", "gift", "qty", 1));
			return new Order(order.orderId(), order.placedAt(), lines);
		}

		@ZmqRouterListener(endpoint = "convert", route = "raw")
		byte[] raw(byte[] body) {
			return body;
		}

	}

}
