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

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * JeroMQ 0.6.0 reads a ZMTP long frame's 64-bit size as a signed number, so a size with
 * the top bit set passes its {@code max-message-size} check, and the cast to {@code int}
 * that sizes the buffer yields anything: {@code 0x800000007fffffff} asks for 2 GiB. Every
 * shape of that attack, and its neighbours, is sent {@value #DEFAULT_REPEATS} times to a
 * ROUTER listener and a fifth of that to a REP, SUB, PULL and PAIR listener and to a
 * queue proxy's frontend (a fast loop of raw TCP connections, up to {@value #OPEN} open
 * at once), before the handshake (in place of READY) and after it, while a well-behaved
 * plain ZeroMQ peer keeps timing its round trips. The listener must answer every one of
 * them in time, the heap and direct memory must not grow, the refused frames must be
 * counted as {@code oversize} drops, and JeroMQ's I/O threads must all be alive at the
 * end. {@code -Dreliability.attack.repeats} changes the count.
 */
class FrameSizeAttackIntegrationTests {

	private static final int DEFAULT_REPEATS = 1000;

	private static final int REPEATS = Integer.getInteger("reliability.attack.repeats", DEFAULT_REPEATS);

	private static final int OPEN = 16;

	private static final int PROBE_EVERY = 100;

	private static final long LIMIT = 16L << 20;

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Generous: the machines this runs on are shared; a stopped listener never answers.
	 */
	private static final double P99_BOUND_MILLIS = 1000;

	/** What is left after GC: nothing an attack allocated stays. */
	private static final long RETAINED_BOUND = 16L << 20;

	/**
	 * Direct memory in use at any sample: JeroMQ's own buffers of connections not
	 * collected yet (16 KB each) may add up to tens of MB; one refused frame alone would
	 * be 256 MiB.
	 */
	private static final long DIRECT_PEAK_BOUND = 128L << 20;

	/**
	 * After the attack frame, a valid request as REQ sends it (a REP listener drops a
	 * single frame without the empty delimiter, counted as malformed: a drop of its own,
	 * kept out of this test's counts).
	 */
	private static final byte[] TRAILER = Zmtp.concat(Zmtp.frame(Zmtp.MORE, new byte[0]),
			Zmtp.frame(0, "hello".getBytes(StandardCharsets.US_ASCII)));

	private static ConfigurableApplicationContext server;

	private static ZContext probes;

	private static Set<Thread> ioThreads;

	@BeforeAll
	static void start() {
		int backend = TestApps.freePort();
		server = TestApps.run(AttackTargetApp.class, "zmq.endpoints.router.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.rep.bind=tcp://127.0.0.1:*", "zmq.endpoints.sub.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.pull.bind=tcp://127.0.0.1:*", "zmq.endpoints.pair.bind=tcp://127.0.0.1:*",
				"zmq.proxies.broker.type=queue", "zmq.proxies.broker.frontend.bind=tcp://127.0.0.1:*",
				"zmq.proxies.broker.backend.bind=tcp://127.0.0.1:" + backend,
				"zmq.endpoints.worker.connect=tcp://127.0.0.1:" + backend);
		ioThreads = zeromqThreads();
		assertThat(ioThreads).isNotEmpty();
		probes = new ZContext();
	}

	@AfterAll
	static void stop() {
		probes.close();
		server.close();
	}

	@ParameterizedTest
	@EnumSource(Target.class)
	void whenPeersAnnounceCraftedFrameSizesThenTheListenerKeepsAnswering(Target target) throws Exception {
		ZmqEndpoint endpoint = server.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint(target.endpoint);
		String address = endpoint.getBoundAddresses().get(0);
		int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
		AttackTargetApp.Listeners listeners = server.getBean(AttackTargetApp.Listeners.class);
		try (WellBehavedProbe probe = new WellBehavedProbe(probes, target.probe, address, listeners.received,
				PROBE_TIMEOUT)) {
			for (int i = 0; i < 50; i++) {
				probe.roundTrip();
			}
			double baseline = probe.percentileMillis(99);
			probe.reset();
			long heapBefore = usedHeapAfterGc();
			long directBefore = directMemory();
			// the main target gets every repeat, the others a fifth, to keep the run
			// short
			int repeats = (target == Target.ROUTER) ? REPEATS : REPEATS / 5;
			long directMax = directBefore;
			long oversizeBefore = endpoint.getStatistics().getDropped(ZmqDropReason.OVERSIZE);
			long expectedOversize = 0;
			long start = System.nanoTime();
			Deque<Socket> open = new ArrayDeque<>();
			for (boolean handshake : new boolean[] { false, true }) {
				for (Attack attack : Attack.values()) {
					byte[] bytes = attack.bytes(!handshake);
					for (int i = 0; i < repeats; i++) {
						open.add(handshake ? attackAfterHandshake(port, target.attackerType, bytes)
								: attack(port, bytes));
						if (open.size() > OPEN) {
							open.poll().close();
						}
						if (i % PROBE_EVERY == PROBE_EVERY - 1) {
							probe.roundTrip();
							directMax = Math.max(directMax, directMemory());
						}
					}
					expectedOversize += (long) repeats * attack.oversizeDrops(handshake);
				}
			}
			for (Socket socket : open) {
				socket.close();
			}
			long attackMillis = (System.nanoTime() - start) / 1_000_000;
			long expected = oversizeBefore + expectedOversize;
			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(endpoint.getStatistics().getDropped(ZmqDropReason.OVERSIZE))
					.isEqualTo(expected));
			long heapAfter = usedHeapAfterGc();
			// direct buffers are freed by their cleaners some time after a GC
			await().atMost(Duration.ofSeconds(10))
				.until(() -> usedHeapAfterGc() > 0 && directMemory() - directBefore < RETAINED_BOUND);
			long directAfter = directMemory();
			LoadIntegrationTests.report(
					"frame-size attack on %s: %d connections in %d ms, probe p99 %.1f ms before, %.1f ms (max %.1f ms, "
							+ "%d round trips) during; heap after GC %d -> %d MB, direct memory %d -> %d MB (peak %d MB); "
							+ "oversize drops %d",
					target, 2 * Attack.values().length * repeats, attackMillis, baseline, probe.percentileMillis(99),
					probe.percentileMillis(100), probe.count(), heapBefore >> 20, heapAfter >> 20, directBefore >> 20,
					directAfter >> 20, directMax >> 20, expectedOversize);
			assertThat(probe.percentileMillis(99)).isLessThan(P99_BOUND_MILLIS);
			assertThat(heapAfter - heapBefore).isLessThan(RETAINED_BOUND);
			assertThat(directMax - directBefore).isLessThan(DIRECT_PEAK_BOUND);
			assertThat(ioThreads).allMatch(Thread::isAlive);
		}
		// a peer that connects now is served too (a PAIR takes it once it noticed the old
		// one left)
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			try (WellBehavedProbe fresh = new WellBehavedProbe(probes, target.probe, address, listeners.received,
					Duration.ofSeconds(2))) {
				fresh.roundTrip();
			}
		});
	}

	private static Socket attack(int port, byte[] bytes) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.getOutputStream().write(Zmtp.concat(Zmtp.greeting(), bytes));
		return socket;
	}

	/**
	 * Complete the handshake as a proper peer would, waiting for the listener's greeting
	 * and READY (JeroMQ reads a frame that arrives before it sent its READY as a
	 * handshake command), then send the attack.
	 */
	static Socket attackAfterHandshake(int port, String socketType, byte[] bytes) throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.setSoTimeout((int) PROBE_TIMEOUT.toMillis());
		socket.getOutputStream().write(Zmtp.concat(Zmtp.greeting(), Zmtp.ready(socketType)));
		Zmtp.readGreetingAndCommand(socket.getInputStream());
		socket.getOutputStream().write(bytes);
		return socket;
	}

	/** JeroMQ's own threads (I/O threads and reaper) alive now. */
	static Set<Thread> zeromqThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("iothread-") || thread.getName().startsWith("reaper-"))
			.collect(Collectors.toSet());
	}

	static long usedHeapAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static long directMemory() {
		List<BufferPoolMXBean> pools = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class);
		return pools.stream()
			.filter((pool) -> pool.getName().equals("direct"))
			.mapToLong(BufferPoolMXBean::getMemoryUsed)
			.sum();
	}

	/**
	 * A listener under attack, the socket type its attacker announces and the
	 * well-behaved peer that times it.
	 */
	enum Target {

		ROUTER("router", "DEALER", SocketType.DEALER), REP("rep", "DEALER", SocketType.REQ),
		SUB("sub", "PUB", SocketType.PUB), PULL("pull", "PUSH", SocketType.PUSH), PAIR("pair", "PAIR", SocketType.PAIR),
		PROXY_FRONTEND("broker", "DEALER", SocketType.REQ);

		private final String endpoint;

		private final String attackerType;

		private final SocketType probe;

		Target(String endpoint, String attackerType, SocketType probe) {
			this.endpoint = endpoint;
			this.attackerType = attackerType;
			this.probe = probe;
		}

	}

	/**
	 * The frame headers sent, with the {@code int} JeroMQ 0.6.0 passes to the allocator.
	 */
	enum Attack {

		/** Top bit set, low 31 bits all ones: {@code int} 2,147,483,647 (2 GiB). */
		TOP_BIT_2GIB(0x800000007fffffffL, 1),

		/** Five headers in a row, each {@code int} 268,435,456 (256 MiB). */
		TOP_BIT_256MIB_FIVE_TIMES(0xffffffff10000000L, 5),

		/** Negative: {@code int} -2 (JeroMQ issue 1005). */
		MINUS_TWO(-2, 1),

		/** Positive and over the 16MB limit: refused by JeroMQ itself. */
		OVER_THE_LIMIT(LIMIT + 1, 1),

		/**
		 * Top bit set, low bits small: {@code int} 256, an ordinary frame of 256 bytes.
		 */
		TOP_BIT_SMALL(0x8000000000000100L, 1);

		private final long size;

		private final int headers;

		Attack(long size, int headers) {
			this.size = size;
			this.headers = headers;
		}

		/**
		 * The attack: the header(s), as a command in place of READY or as a message frame
		 * after the handshake, then a valid short frame.
		 */
		byte[] bytes(boolean inPlaceOfReady) {
			byte[] header = Zmtp.longHeader(inPlaceOfReady ? Zmtp.COMMAND : 0, this.size);
			byte[][] parts = new byte[this.headers + 1][];
			for (int i = 0; i < this.headers; i++) {
				parts[i] = header;
			}
			parts[this.headers] = TRAILER;
			return Zmtp.concat(parts);
		}

		/** How many frames of one connection the starter refuses and counts. */
		int oversizeDrops(boolean afterHandshake) {
			if (this == OVER_THE_LIMIT || this == TOP_BIT_SMALL) {
				return 0;
			}
			// before the handshake the first refused frame fails it and the connection
			// closes
			return afterHandshake ? this.headers : 1;
		}

	}

}
