/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PING command shorter than ZMTP's 7 bytes makes JeroMQ 0.6.0 throw on its I/O thread
 * ({@code StreamEngine.processHeartbeatMessage} reads a 2-byte TTL at offset 5). JeroMQ
 * catches it and hands it to the context's notification handler, which printed a stack
 * trace to standard error for every such PING; the starter logs it, rate-limited. The I/O
 * thread and the connection survive; what the exception interrupts is the processing of
 * the bytes read with the PING: the messages before it in that read are not delivered,
 * and the bytes after it not decoded, until the peer sends something more.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShortPingIntegrationTests {

	private static final byte[] SHORT_PING = Zmtp.frame(Zmtp.COMMAND, new byte[] { 4, 'P', 'I', 'N', 'G' });

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

	private static ZContext probes;

	@BeforeAll
	static void start() {
		probes = new ZContext();
	}

	@AfterAll
	static void stop() {
		probes.close();
	}

	@Test
	void whenAShortPingIsReadWithRequestsThenTheyWaitForThePeersNextBytesAndOthersAreServed() throws Exception {
		try (ConfigurableApplicationContext server = server();
				Socket peer = handshake(server);
				WellBehavedProbe probe = probe(server)) {
			peer.getOutputStream().write(Zmtp.concat(request("before"), SHORT_PING, request("after")));
			// the I/O thread threw between them: neither is delivered, other peers are
			// served
			probe.roundTrip();
			assertThat(read(peer, 1000)).as("answers before the peer sends more").isEmpty();
			peer.getOutputStream().write(request("next"));
			String answers = readUntil(peer, "next");
			assertThat(answers).contains("before", "after", "next");
			probe.roundTrip();
		}
	}

	@Test
	void whenAPeerFloodsShortPingsThenOneWarningIsLoggedAndEveryPeerIsServed(CapturedOutput output) throws Exception {
		// a context of its own: its rate limit has not been used yet
		try (ConfigurableApplicationContext server = server();
				Socket peer = handshake(server);
				WellBehavedProbe probe = probe(server)) {
			peer.setTcpNoDelay(true);
			for (int i = 0; i < 500; i++) {
				peer.getOutputStream().write(SHORT_PING);
				if (i % 50 == 0) {
					probe.roundTrip();
				}
			}
			probe.roundTrip();
			// the connection still carries requests (bytes read with a PING wait for the
			// next ones)
			String answers = "";
			for (int i = 0; i < 3 && !answers.contains("after-"); i++) {
				peer.getOutputStream().write(request("after-" + i));
				answers += read(peer, 1000);
			}
			assertThat(answers).contains("after-");
		}
		String log = output.toString();
		int warnings = count(output, "caught java.lang.IndexOutOfBoundsException");
		LoadIntegrationTests.report("500 short PINGs from one peer: %d WARN line(s) logged, %d stack trace(s) printed",
				warnings, count(output, "\tat zmq.io.StreamEngine.processHeartbeatMessage"));
		// the first PING within 10 s is logged at WARN with its stack trace, the others
		// at DEBUG
		assertThat(warnings).as(log).isEqualTo(1);
		assertThat(count(output, "\tat zmq.io.StreamEngine.processHeartbeatMessage")).as(log).isEqualTo(1);
	}

	private static ConfigurableApplicationContext server() {
		return TestApps.run(AttackTargetApp.class, "zmq.endpoints.router.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.rep.bind=tcp://127.0.0.1:*", "zmq.endpoints.sub.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.pull.bind=tcp://127.0.0.1:*", "zmq.endpoints.pair.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.worker.connect=tcp://127.0.0.1:" + TestApps.freePort());
	}

	private static WellBehavedProbe probe(ConfigurableApplicationContext server) {
		return new WellBehavedProbe(probes, SocketType.DEALER, "tcp://127.0.0.1:" + TestApps.port(server, "router"),
				new LinkedBlockingQueue<>(), PROBE_TIMEOUT);
	}

	private static Socket handshake(ConfigurableApplicationContext server) throws IOException {
		return FrameSizeAttackIntegrationTests.attackAfterHandshake(TestApps.port(server, "router"), "DEALER",
				new byte[0]);
	}

	private static byte[] request(String text) {
		return Zmtp.concat(Zmtp.frame(Zmtp.MORE, new byte[0]), Zmtp.frame(0, text.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String readUntil(Socket peer, String text) throws IOException {
		String received = "";
		long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
		while (!received.contains(text) && System.nanoTime() < deadline) {
			received += read(peer, 200);
		}
		return received;
	}

	/** What arrives within the given time, as ISO-8859-1. */
	private static String read(Socket peer, int millis) throws IOException {
		peer.setSoTimeout(millis);
		InputStream in = peer.getInputStream();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		try {
			int read;
			while ((read = in.read(buffer)) > 0) {
				received.write(buffer, 0, read);
			}
		}
		catch (SocketTimeoutException ex) {
			// nothing more for now
		}
		return received.toString(StandardCharsets.ISO_8859_1);
	}

	private static int count(CapturedOutput output, String text) {
		return output.toString().split(Pattern.quote(text), -1).length - 1;
	}

}
