package io.github.zmqspring.boot.autoconfigure.convert;

import java.nio.ByteBuffer;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The client side of the conversion tests.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ConversionClientApp {

	/**
	 * A client of the {@code convert} ROUTER endpoint.
	 */
	@ZmqDealerClient(endpoint = "convert-client")
	public interface ConversionClient {

		@ZmqRoute("order")
		Order order(Order order);

		/** The reply to an order as it is on the wire. */
		@ZmqRoute("order")
		byte[] orderReplyBytes(Order order);

		/** An order as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] orderRequestBytes(Order order);

		@ZmqRoute("buffer")
		ByteBuffer buffer(ByteBuffer data);

	}

}
