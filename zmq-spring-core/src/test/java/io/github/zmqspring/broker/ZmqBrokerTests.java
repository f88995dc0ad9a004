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

package io.github.zmqspring.broker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqBroker} over TCP on the loopback interface, with raw JeroMQ DEALER
 * sockets as MDP/0.2 clients and workers that build every frame as RFC 18 lists it (not
 * with {@link Mdp}, so that a mistake in those constants cannot hide here).
 */
class ZmqBrokerTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final byte[] MDPC02 = { 'M', 'D', 'P', 'C', '0', '2' };

	private static final byte[] MDPW02 = { 'M', 'D', 'P', 'W', '0', '2' };

	private static ZContext context;

	private final List<ZmqBroker> brokers = new ArrayList<>();

	@BeforeAll
	static void createContext() {
		context = new ZContext(1);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@AfterEach
	void stopBrokers() {
		this.brokers.forEach(ZmqBroker::stop);
	}

	@Test
	void requestGoesToReadyWorkerAndPartialAndFinalRepliesReachTheClient() {
		String address = start(settings(Map.of()));
		ZMQ.Socket worker = connect(address);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("echo"));
		ZMQ.Socket client = connect(address);
		send(client, MDPC02, new byte[] { 0x01 }, bytes("echo"), bytes("hello"));

		List<byte[]> request = receiveSkippingHeartbeats(worker);
		assertThat(request).hasSize(5);
		assertThat(request.get(0)).isEqualTo(MDPW02);
		assertThat(request.get(1)).containsExactly(0x02);
		assertThat(request.get(3)).isEmpty();
		assertThat(text(request.get(4))).isEqualTo("hello");
		byte[] clientAddress = request.get(2);
		send(worker, MDPW02, new byte[] { 0x03 }, clientAddress, new byte[0], bytes("part"));
		send(worker, MDPW02, new byte[] { 0x04 }, clientAddress, new byte[0], bytes("last"), bytes("more"));

		List<byte[]> partial = receive(client);
		assertThat(partial).hasSize(4);
		assertThat(partial.get(0)).isEqualTo(MDPC02);
		assertThat(partial.get(1)).containsExactly(0x02);
		assertThat(text(partial.get(2))).isEqualTo("echo");
		assertThat(text(partial.get(3))).isEqualTo("part");
		List<byte[]> last = receive(client);
		assertThat(last).hasSize(5);
		assertThat(last.get(1)).containsExactly(0x03);
		assertThat(text(last.get(3))).isEqualTo("last");
		assertThat(text(last.get(4))).isEqualTo("more");
		ZmqBrokerServiceStatistics echo = service("echo");
		await().atMost(WAIT).until(() -> echo.getRequests(ZmqBrokerOutcome.COMPLETED) == 1);
		assertThat(echo.getWorkers()).isEqualTo(1);
		assertThat(echo.getIdleWorkers()).isEqualTo(1);
	}

	@Test
	void requestGoesToTheWorkerThatWaitedLongest() {
		String address = start(settings(Map.of()));
		ZMQ.Socket first = connect(address);
		send(first, MDPW02, new byte[] { 0x01 }, bytes("lru"));
		await().atMost(WAIT).until(() -> workers("lru") == 1);
		ZMQ.Socket second = connect(address);
		send(second, MDPW02, new byte[] { 0x01 }, bytes("lru"));
		await().atMost(WAIT).until(() -> workers("lru") == 2);
		ZMQ.Socket client = connect(address);

		send(client, MDPC02, new byte[] { 0x01 }, bytes("lru"), bytes("one"));
		List<byte[]> one = receiveSkippingHeartbeats(first);
		send(first, MDPW02, new byte[] { 0x04 }, one.get(2), new byte[0], bytes("1"));
		receive(client);
		send(client, MDPC02, new byte[] { 0x01 }, bytes("lru"), bytes("two"));

		assertThat(text(receiveSkippingHeartbeats(second).get(4))).isEqualTo("two");
	}

	@Test
	void requestBeyondTheQueueBoundIsRefusedAtOnce() {
		String address = start(settings(Map.of("busy", new ZmqServiceSettings(1, Duration.ofSeconds(30), false))));
		ZMQ.Socket client = connect(address);
		byte[] envelope = ZmqEnvelopeCodec.encode(ZmqEnvelope.request(7, "", null, Map.of()));
		send(client, MDPC02, new byte[] { 0x01 }, bytes("busy"), bytes("queued"));
		send(client, MDPC02, new byte[] { 0x01 }, bytes("busy"), envelope, bytes("refused"));
		send(client, MDPC02, new byte[] { 0x01 }, bytes("busy"), bytes("refused too"));

		List<byte[]> enveloped = receive(client);
		assertThat(enveloped.get(1)).containsExactly(0x03);
		ZmqEnvelope error = ZmqEnvelopeCodec.decode(enveloped.get(3));
		assertThat(error.kind()).isEqualTo(ZmqMessageKind.ERROR);
		assertThat(error.correlationId()).isEqualTo(7);
		assertThat(error.status()).isEqualTo(429);
		assertThat(text(enveloped.get(4))).contains("Service 'busy' has 1 requests waiting");
		List<byte[]> plain = receive(client);
		assertThat(plain).hasSize(4);
		assertThat(text(plain.get(3))).startsWith("ERROR 429: Service 'busy'");
		assertThat(broker().getStatistics().getDropped(ZmqDropReason.OVERLOADED)).isEqualTo(2);
		assertThat(service("busy").getRequests(ZmqBrokerOutcome.REJECTED)).isEqualTo(2);
		assertThat(service("busy").getQueued()).isEqualTo(1);
	}

	@Test
	void requestNoWorkerTakesWithinMaxWaitFailsWith504() {
		String address = start(settings(Map.of("nobody", new ZmqServiceSettings(10, Duration.ofMillis(300), false))));
		ZMQ.Socket client = connect(address);
		long sent = System.nanoTime();
		send(client, MDPC02, new byte[] { 0x01 }, bytes("nobody"), bytes("anyone?"));

		List<byte[]> reply = receive(client);
		assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(reply.get(1)).containsExactly(0x03);
		assertThat(text(reply.get(3))).startsWith("ERROR 504: No worker of service 'nobody'");
		assertThat(broker().getStatistics().getDropped(ZmqDropReason.EXPIRED)).isEqualTo(1);
		assertThat(service("nobody").getRequests(ZmqBrokerOutcome.EXPIRED)).isEqualTo(1);
	}

	@Test
	void workerThatStopsHeartbeatingIsRemovedWithinLivenessAndItsRequestFailsWith502() {
		String address = start(fastHeartbeats(Map.of()));
		ZMQ.Socket worker = connect(address);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("fragile"));
		ZMQ.Socket client = connect(address);
		send(client, MDPC02, new byte[] { 0x01 }, bytes("fragile"), bytes("work"));
		receiveSkippingHeartbeats(worker);
		long silentSince = System.nanoTime();

		List<byte[]> reply = receive(client);
		Duration removedAfter = Duration.ofNanos(System.nanoTime() - silentSince);
		assertThat(text(reply.get(3))).startsWith("ERROR 502: The worker of service 'fragile'");
		// liveness 3 x 100 ms, checked every 100 ms; generous upper bound for a loaded
		// machine
		assertThat(removedAfter).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
		// the statistics are published by the broker thread after the turn that removed
		// it
		await().atMost(WAIT).until(() -> workers("fragile") == 0);
		assertThat(broker().getStatistics().getDropped(ZmqDropReason.WORKER_LOST)).isEqualTo(1);
	}

	@Test
	void requestOfAnIdempotentServiceWhoseWorkerDiedGoesToAnotherWorker() {
		String address = start(
				fastHeartbeats(Map.of("retry", new ZmqServiceSettings(10, Duration.ofSeconds(30), true))));
		ZMQ.Socket dying = connect(address);
		send(dying, MDPW02, new byte[] { 0x01 }, bytes("retry"));
		ZMQ.Socket client = connect(address);
		send(client, MDPC02, new byte[] { 0x01 }, bytes("retry"), bytes("again"));
		receiveSkippingHeartbeats(dying);
		ZMQ.Socket healthy = connect(address);
		send(healthy, MDPW02, new byte[] { 0x01 }, bytes("retry"));
		List<byte[]> request = receiveAnsweringHeartbeats(healthy);
		assertThat(text(request.get(4))).isEqualTo("again");
		send(healthy, MDPW02, new byte[] { 0x04 }, request.get(2), new byte[0], bytes("done"));
		assertThat(text(receive(client).get(3))).isEqualTo("done");
		assertThat(service("retry").getRequests(ZmqBrokerOutcome.WORKER_LOST)).isZero();
	}

	@Test
	void workerDisconnectRemovesIt() {
		String address = start(settings(Map.of()));
		ZMQ.Socket worker = connect(address);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("leaving"));
		await().atMost(WAIT).until(() -> workers("leaving") == 1);

		send(worker, MDPW02, new byte[] { 0x06 });

		await().atMost(WAIT).until(() -> workers("leaving") == 0);
	}

	@Test
	void brokerHeartbeatsWorkersAndDisconnectsUnknownOrRepeatingOnes() {
		String address = start(settings(Map.of()));
		ZMQ.Socket stranger = connect(address);
		send(stranger, MDPW02, new byte[] { 0x05 });
		assertThat(receive(stranger)).satisfiesExactly((header) -> assertThat(header).isEqualTo(MDPW02),
				(command) -> assertThat(command).containsExactly(0x06));

		ZMQ.Socket worker = connect(address);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("twice"));
		assertThat(receive(worker).get(1)).containsExactly(0x05);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("twice"));
		List<byte[]> disconnect = receiveSkippingHeartbeats(worker);
		assertThat(disconnect.get(1)).containsExactly(0x06);
		await().atMost(WAIT).until(() -> workers("twice") == 0);
	}

	/**
	 * A client that reads nothing for a while: its pipe fills (low high-water marks, a
	 * small receive buffer and 9 MB of replies, more than the loopback's TCP buffers
	 * hold, make that certain), and the broker must park the replies that do not fit, not
	 * drop them, until the client reads again.
	 */
	@Test
	void repliesToAClientWhosePipeIsFullWaitInTheBacklogUntilItReads() {
		ZmqSocketCustomizer tight = (definition, socket) -> socket.setSndHWM(10);
		String address = start(settings(Map.of()),
				ZmqEndpointDefinition.builder("broker")
					.bind(List.of("tcp://127.0.0.1:*"))
					.sendTimeout(Duration.ofSeconds(60)),
				tight);
		ZMQ.Socket worker = connect(address);
		send(worker, MDPW02, new byte[] { 0x01 }, bytes("slow-reader"));
		await().atMost(WAIT).until(() -> workers("slow-reader") == 1);
		ZMQ.Socket client = TestSockets.create(context, SocketType.DEALER);
		client.setRcvHWM(10);
		client.setReceiveBufferSize(4096);
		client.setReceiveTimeOut((int) WAIT.toMillis());
		client.connect(address);
		int requests = 300;
		byte[] body = new byte[32 * 1024];
		for (int i = 0; i < requests; i++) {
			send(client, MDPC02, new byte[] { 0x01 }, bytes("slow-reader"), bytes(Integer.toString(i)));
		}

		for (int i = 0; i < requests; i++) {
			List<byte[]> request = receiveAnsweringHeartbeats(worker);
			send(worker, MDPW02, new byte[] { 0x04 }, request.get(2), new byte[0], request.get(4), body);
		}
		await().atMost(WAIT).until(() -> service("slow-reader").getRequests(ZmqBrokerOutcome.COMPLETED) == requests);
		assertThat(broker().getStatistics().getDropped(ZmqDropReason.HWM)).isZero();

		for (int i = 0; i < requests; i++) {
			List<byte[]> reply = receive(client);
			assertThat(reply.get(1)).containsExactly(0x03);
			assertThat(text(reply.get(3))).isEqualTo(Integer.toString(i));
		}
		assertThat(broker().getStatistics().getDropped(ZmqDropReason.HWM)).isZero();
	}

	@Test
	void messagesThatAreNotMdp02AreDroppedAndCounted() {
		String address = start(settings(Map.of()));
		ZMQ.Socket peer = connect(address);
		send(peer, bytes("hello"));
		send(peer, bytes("MDPC01"), new byte[] { 0x01 }, bytes("old"), bytes("body"));
		send(peer, MDPC02, new byte[] { 0x02 }, bytes("svc"), bytes("a client may only send REQUEST"));
		send(peer, MDPC02, new byte[] { 0x01 }, bytes("bad\nname"), bytes("body"));
		send(peer, MDPC02, new byte[] { 0x01 }, bytes("nobody"));
		send(peer, MDPW02, new byte[] { 0x09 });

		await().atMost(WAIT).until(() -> broker().getStatistics().getDropped(ZmqDropReason.MALFORMED) == 6);
		assertThat(broker().getServices()).isEmpty();
	}

	/**
	 * Heartbeats every second with liveness 3: no worker of a test expires unless it
	 * means to.
	 */
	private ZmqBrokerSettings settings(Map<String, ZmqServiceSettings> services) {
		return new ZmqBrokerSettings(Duration.ofSeconds(1), 3, 100, ZmqServiceSettings.DEFAULTS, services);
	}

	/**
	 * Heartbeats every 100 ms with liveness 3: a silent worker is gone after 300 to 400
	 * ms.
	 */
	private ZmqBrokerSettings fastHeartbeats(Map<String, ZmqServiceSettings> services) {
		return new ZmqBrokerSettings(Duration.ofMillis(100), 3, 100, ZmqServiceSettings.DEFAULTS, services);
	}

	private String start(ZmqBrokerSettings settings) {
		return start(settings, ZmqEndpointDefinition.builder("broker").bind(List.of("tcp://127.0.0.1:*")));
	}

	private String start(ZmqBrokerSettings settings, ZmqEndpointDefinition.Builder definition,
			ZmqSocketCustomizer... customizers) {
		ZmqBroker broker = new ZmqBroker(context, definition.build(), settings, List.of(customizers));
		broker.setShutdownTimeout(Duration.ofSeconds(1));
		this.brokers.add(broker);
		broker.start();
		return broker.getBoundAddresses().get(0);
	}

	private ZmqBroker broker() {
		return this.brokers.get(0);
	}

	private ZmqBrokerServiceStatistics service(String name) {
		return broker().getServices()
			.stream()
			.filter((service) -> service.getService().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private int workers(String name) {
		return broker().getServices()
			.stream()
			.filter((service) -> service.getService().equals(name))
			.mapToInt(ZmqBrokerServiceStatistics::getWorkers)
			.sum();
	}

	private static ZMQ.Socket connect(String address) {
		ZMQ.Socket socket = TestSockets.create(context, SocketType.DEALER);
		socket.setReceiveTimeOut((int) WAIT.toMillis());
		socket.connect(address);
		return socket;
	}

	/**
	 * Receive the next command that is not a HEARTBEAT, answering each HEARTBEAT as a
	 * live worker does.
	 */
	private static List<byte[]> receiveAnsweringHeartbeats(ZMQ.Socket socket) {
		while (true) {
			List<byte[]> frames = receive(socket);
			if (!isHeartbeat(frames)) {
				return frames;
			}
			send(socket, MDPW02, new byte[] { 0x05 });
		}
	}

	private static boolean isHeartbeat(List<byte[]> frames) {
		return frames.size() == 2 && frames.get(1).length == 1 && frames.get(1)[0] == 0x05;
	}

	private static void send(ZMQ.Socket socket, byte[]... frames) {
		for (int i = 0; i < frames.length; i++) {
			socket.send(frames[i], (i < frames.length - 1) ? ZMQ.SNDMORE : 0);
		}
	}

	private static List<byte[]> receive(ZMQ.Socket socket) {
		List<byte[]> frames = new ArrayList<>();
		byte[] first = socket.recv(0);
		assertThat(first).as("a message within %s", WAIT).isNotNull();
		frames.add(first);
		while (socket.hasReceiveMore()) {
			frames.add(socket.recv(0));
		}
		return frames;
	}

	private static List<byte[]> receiveSkippingHeartbeats(ZMQ.Socket socket) {
		while (true) {
			List<byte[]> frames = receive(socket);
			if (!isHeartbeat(frames)) {
				return frames;
			}
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] frame) {
		return new String(frame, StandardCharsets.UTF_8);
	}

}
