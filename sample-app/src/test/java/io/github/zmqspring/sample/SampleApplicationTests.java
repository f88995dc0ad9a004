package io.github.zmqspring.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.github.zmqspring.sample.orders.Order;
import io.github.zmqspring.sample.orders.OrderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample on a random port and checks the demo and the order RPC.
 *
 * @author zmq-spring-boot
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Autowired
	OrderClient orders;

	@DynamicPropertySource
	static void randomPorts(DynamicPropertyRegistry registry) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		registry.add("zmq.endpoints.orders.bind", () -> "tcp://127.0.0.1:" + port);
		registry.add("zmq.endpoints.orders-client.connect", () -> "tcp://127.0.0.1:" + port);
	}

	@Test
	void demoPlacedAnOrderAndSawTheRemoteError(CapturedOutput output) {
		assertThat(output).contains("[demo] ROUTER/DEALER request/reply (JSON): placed ZMQ-BOOK as ord-")
			.contains("[demo] ROUTER/DEALER remote error: status 500");
	}

	@Test
	void ordersArePlacedOverZeroMq() {
		assertThat(this.orders.place(new Order("X", 3, new BigDecimal("2.50"))).total()).isEqualByComparingTo("7.50");
	}

	@Test
	void theStarterWorksWithoutProtobufOnTheClasspath() {
		assertThat(ClassUtils.isPresent("com.google.protobuf.Message", getClass().getClassLoader()))
			.as("protobuf-java is optional, the starter does not pull it in")
			.isFalse();
		assertThat(this.orders.place(new Order("Y", 1, BigDecimal.ONE)).total()).isEqualByComparingTo("1");
	}

}
