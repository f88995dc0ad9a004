package io.github.zmqspring.boot.autoconfigure.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad bytes on the wire: raw TCP garbage, truncated ZMTP greetings and frames announcing
 * sizes far beyond {@code max-message-size} (a ZMTP 3 long frame of 2^62 bytes, and one
 * whose 64-bit size is negative, the shape of JeroMQ issue 1005) sent to a ROUTER listener
 * leave it serving: a proper client gets its replies afterwards. Run with the default
 * {@code max-message-size} (16MB) and with none ({@code -1}), and report whether the listener
 * closed the offending connections.
 *
 * @author zmq-spring-boot
 */
class BadInputIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "16MB", "-1B" })
	void whenPeersSendGarbageThenTheListenerKeepsServing(String maxMessageSize) throws Exception {
		try (ConfigurableApplicationContext server = TestApps.run(LoadServerApp.class,
				"zmq.endpoints.load.bind=tcp://127.0.0.1:*", "zmq.endpoints.load.max-message-size=" + maxMessageSize);
				ConfigurableApplicationContext client = TestApps.run(LoadClientApp.class,
						"zmq.endpoints.c0.connect=tcp://127.0.0.1:" + TestApps.port(server, "load"),
						"zmq.endpoints.c0.request-timeout=10s")) {
			int port = TestApps.port(server, "load");
			ZmqOperations template = client.getBean(ZmqOperations.class);
			assertThat(template.request("c0", "echo", "before", String.class)).isEqualTo("before");
			byte[] garbage = new byte[4096];
			new Random(42).nextBytes(garbage);
			report(maxMessageSize, "random garbage", attack(port, garbage));
			report(maxMessageSize, "truncated greeting", attack(port, slice(greeting(), 20)));
			report(maxMessageSize, "greeting only, then silence", attack(port, greeting()));
			report(maxMessageSize, "long frame of 2^62 bytes", attack(port, handshakeThenFrame(1L << 62)));
			report(maxMessageSize, "long frame of negative size", attack(port, handshakeThenFrame(-2)));
			report(maxMessageSize, "long frame of 17MB, 1KB sent", attack(port, handshakeThenFrame(17L << 20)));
			for (int i = 0; i < 20; i++) {
				assertThat(template.request("c0", "echo", "after-" + i, String.class)).isEqualTo("after-" + i);
			}
			assertThat(server.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("load").getState())
				.isEqualTo(ZmqEndpointState.RUNNING);
		}
	}

	private static void report(String maxMessageSize, String attack, String outcome) {
		LoadIntegrationTests.report("bad input, max-message-size %s: %s -> %s", maxMessageSize, attack, outcome);
	}

	/**
	 * Send bytes on a raw connection and say whether the listener closed it within 2.5s.
	 */
	private static String attack(int port, byte[] bytes) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(2500);
			socket.getOutputStream().write(bytes);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			long start = System.nanoTime();
			try {
				while (in.read() >= 0) {
					// the listener's greeting and handshake
				}
				return "connection closed by the listener after " + (System.nanoTime() - start) / 1_000_000 + " ms";
			}
			catch (SocketTimeoutException ex) {
				return "connection left open (2.5 s)";
			}
			catch (IOException ex) {
				return "connection reset by the listener";
			}
		}
	}

	/** A ZMTP 3.0 greeting for the NULL mechanism, as a client. */
	private static byte[] greeting() {
		ByteBuffer greeting = ByteBuffer.allocate(64);
		greeting.put((byte) 0xFF).put(new byte[8]).put((byte) 0x7F);
		greeting.put((byte) 3).put((byte) 0);
		greeting.put(slice("NULL".getBytes(StandardCharsets.US_ASCII), 20));
		return greeting.array();
	}

	/** Greeting, a READY command for a DEALER, then the header of a long frame of the given size. */
	private static byte[] handshakeThenFrame(long size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(greeting());
		ByteArrayOutputStream ready = new ByteArrayOutputStream();
		ready.write(5);
		ready.write("READY".getBytes(StandardCharsets.US_ASCII));
		ready.write(11);
		ready.write("Socket-Type".getBytes(StandardCharsets.US_ASCII));
		ready.write(ByteBuffer.allocate(4).putInt(6).array());
		ready.write("DEALER".getBytes(StandardCharsets.US_ASCII));
		out.write(0x04);
		out.write(ready.size());
		out.write(ready.toByteArray());
		out.write(0x02);
		out.write(ByteBuffer.allocate(8).putLong(size).array());
		out.write(new byte[1024]);
		return out.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int length) {
		byte[] slice = new byte[length];
		System.arraycopy(bytes, 0, slice, 0, Math.min(length, bytes.length));
		return slice;
	}

}
