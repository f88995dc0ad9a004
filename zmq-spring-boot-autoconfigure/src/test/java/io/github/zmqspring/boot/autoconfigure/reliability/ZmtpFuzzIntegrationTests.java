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
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded fuzzer of the ZMTP framing layer over real TCP: raw connections send what
 * {@link ZmtpFuzzInputs} draws (greetings, READY commands, other commands and frames,
 * valid and mutated) to a ROUTER, a REP, a SUB and a PULL listener, {@value #WORKERS}
 * connections at a time, each connection closing its output after its script and reading
 * until the listener closes it. Meanwhile a well-behaved plain ZeroMQ peer of each
 * listener times its round trips. Asserted: every probe is answered within
 * {@link #PROBE_TIMEOUT} and their p99 stays under {@value #P99_BOUND_MILLIS} ms, every
 * connection is closed by the listener once the peer has closed its side, JeroMQ's I/O
 * threads are all alive at the end, the heap after GC grows by less than
 * {@link #RETAINED_BOUND} bytes, and JeroMQ reported no exception on its I/O threads
 * other than the ones listed in {@link #EXPECTED_NOTIFICATIONS}.
 * {@code -Dreliability.zmtp.inputs} sets the number of inputs (the {@code reliability}
 * Maven profile runs two million), {@code -Dreliability.fuzz.seed} replays a run.
 */
@ExtendWith(OutputCaptureExtension.class)
class ZmtpFuzzIntegrationTests {

	private static final int INPUTS = Integer.getInteger("reliability.zmtp.inputs", 100_000);

	private static final long SEED = Long.getLong("reliability.fuzz.seed", System.nanoTime());

	private static final int WORKERS = 4;

	private static final int MAX_FRAMES = 60;

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Generous: the machines this runs on are shared; a stopped listener never answers.
	 */
	private static final long P99_BOUND_MILLIS = 2000;

	/**
	 * How long the listener may take to close a connection whose peer closed its side.
	 */
	private static final int CLOSE_BOUND_MILLIS = 10_000;

	private static final long RETAINED_BOUND = 32L << 20;

	/**
	 * Exceptions JeroMQ 0.6.0 hands to its notification handler that are known and
	 * harmless to the I/O thread, by the method they are thrown from: a PING command
	 * shorter than 7 bytes ({@code StreamEngine.processHeartbeatMessage} reads a 2-byte
	 * TTL at offset 5).
	 */
	private static final List<String> EXPECTED_NOTIFICATIONS = List.of("zmq.io.StreamEngine.processHeartbeatMessage");

	@Test
	void whenPeersSendRandomZmtpThenNoIoThreadDiesAndEveryPeerIsServed(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext server = TestApps.run(AttackTargetApp.class,
				"zmq.endpoints.router.bind=tcp://127.0.0.1:*", "zmq.endpoints.rep.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.sub.bind=tcp://127.0.0.1:*", "zmq.endpoints.pull.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.pair.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.worker.connect=tcp://127.0.0.1:" + TestApps.freePort(),
				// every exception of an I/O thread printed, not only one per 10 s
				"logging.level.io.github.zmqspring.core.ZmqContextFactoryBean=DEBUG");
				ZContext context = new ZContext()) {
			AttackTargetApp.Listeners listeners = server.getBean(AttackTargetApp.Listeners.class);
			List<Target> targets = List.of(Target.values());
			Map<Target, WellBehavedProbe> probes = new EnumMap<>(Target.class);
			for (Target target : targets) {
				probes.put(target, new WellBehavedProbe(context, target.probe, address(server, target),
						listeners.received, PROBE_TIMEOUT));
			}
			Set<Thread> ioThreads = FrameSizeAttackIntegrationTests.zeromqThreads();
			long heapBefore = FrameSizeAttackIntegrationTests.usedHeapAfterGc();
			System.out.println("[reliability] ZMTP fuzz seed " + SEED + ", " + INPUTS + " inputs");

			Fuzz fuzz = new Fuzz(server, targets);
			long start = System.nanoTime();
			ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < WORKERS; i++) {
				running.add(workers.submit(() -> {
					fuzz.run();
					return null;
				}));
			}
			workers.shutdown();
			while (!workers.isTerminated()) {
				probes.forEach(ZmtpFuzzIntegrationTests::roundTrip);
			}
			for (Future<?> worker : running) {
				worker.get();
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			long heapAfter = FrameSizeAttackIntegrationTests.usedHeapAfterGc();
			List<String> notifications = Notifications.in(output.toString());
			List<String> unexpected = notifications.stream()
				.filter((trace) -> EXPECTED_NOTIFICATIONS.stream().noneMatch(trace::contains))
				.toList();
			double p99 = probes.values()
				.stream()
				.mapToDouble((probe) -> probe.percentileMillis(99))
				.max()
				.orElseThrow();
			double max = probes.values()
				.stream()
				.mapToDouble((probe) -> probe.percentileMillis(100))
				.max()
				.orElseThrow();
			int roundTrips = probes.values().stream().mapToInt(WellBehavedProbe::count).sum();
			LoadIntegrationTests.report(
					"ZMTP fuzz (seed %d): %d inputs in %d connections, %d bytes, %d ms (%d workers); %d connections "
							+ "not closed within %d s of the peer's FIN; probes (%d round trips over %s) p99 %.1f ms, "
							+ "max %.1f ms; heap after GC %d -> %d MB; I/O threads alive %d of %d; JeroMQ notifications "
							+ "%d expected (short PING), %d unexpected",
					SEED, fuzz.inputs.get(), fuzz.connections.get(), fuzz.bytes.get(), millis, WORKERS,
					fuzz.leftOpen.get(), CLOSE_BOUND_MILLIS / 1000, roundTrips, targets, p99, max, heapBefore >> 20,
					heapAfter >> 20, ioThreads.stream().filter(Thread::isAlive).count(), ioThreads.size(),
					notifications.size() - unexpected.size(), unexpected.size());
			assertThat(ioThreads).allMatch(Thread::isAlive);
			assertThat(unexpected).as("exceptions JeroMQ reported on its I/O threads").isEmpty();
			assertThat(fuzz.leftOpen.get()).as("connections left open after the peer closed its side").isZero();
			assertThat(p99).isLessThan(P99_BOUND_MILLIS);
			assertThat(heapAfter - heapBefore).isLessThan(RETAINED_BOUND);
			probes.forEach(ZmtpFuzzIntegrationTests::roundTrip);
			probes.values().forEach(WellBehavedProbe::close);
			ZmqEndpointRegistry registry = server.getBean(ZmqEndpointRegistry.class);
			for (Target target : targets) {
				assertThat(registry.getRequiredEndpoint(target.endpoint).getState())
					.isEqualTo(ZmqEndpointState.RUNNING);
			}
		}
	}

	private static void roundTrip(Target target, WellBehavedProbe probe) {
		try {
			probe.roundTrip();
		}
		catch (AssertionError ex) {
			throw new AssertionError(target + ": " + ex.getMessage(), ex);
		}
	}

	private static String address(ConfigurableApplicationContext server, Target target) {
		return server.getBean(ZmqEndpointRegistry.class)
			.getRequiredEndpoint(target.endpoint)
			.getBoundAddresses()
			.get(0);
	}

	/**
	 * The connections, drawn one after the other by the workers until the inputs are
	 * sent: connection {@code n} is drawn from the seed plus {@code n}, so a seed replays
	 * the same scripts whatever the workers' timing.
	 */
	private static final class Fuzz {

		private final List<Target> targets;

		private final int[] ports;

		private final AtomicInteger connections = new AtomicInteger();

		private final AtomicLong inputs = new AtomicLong();

		private final AtomicLong bytes = new AtomicLong();

		private final AtomicInteger leftOpen = new AtomicInteger();

		Fuzz(ConfigurableApplicationContext server, List<Target> targets) {
			this.targets = targets;
			this.ports = targets.stream().mapToInt((target) -> {
				String address = address(server, target);
				return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
			}).toArray();
		}

		void run() throws IOException {
			while (this.inputs.get() < INPUTS) {
				int n = this.connections.getAndIncrement();
				SplittableRandom random = new SplittableRandom(SEED + n);
				int index = random.nextInt(this.targets.size());
				ZmtpFuzzInputs script = new ZmtpFuzzInputs(random, this.targets.get(index).peerTypes);
				ZmtpFuzzInputs.Script connection = script.connection(MAX_FRAMES);
				this.inputs.addAndGet(script.inputs());
				this.bytes.addAndGet(connection.handshake().length + connection.traffic().length);
				if (!send(this.ports[index], connection)) {
					this.leftOpen.incrementAndGet();
				}
			}
		}

		/**
		 * @return whether the listener closed the connection in time after the peer's FIN
		 */
		private static boolean send(int port, ZmtpFuzzInputs.Script script) throws IOException {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				socket.setSoTimeout(CLOSE_BOUND_MILLIS);
				InputStream in = socket.getInputStream();
				try {
					OutputStream out = socket.getOutputStream();
					if (script.awaitReady()) {
						out.write(script.handshake());
						Zmtp.readGreetingAndCommand(in);
						out.write(script.traffic());
					}
					else {
						out.write(Zmtp.concat(script.handshake(), script.traffic()));
					}
					socket.shutdownOutput();
				}
				catch (SocketTimeoutException ex) {
					return false;
				}
				catch (IOException ex) {
					// closed by the listener before the script's end
					return true;
				}
				byte[] buffer = new byte[8192];
				try {
					while (in.read(buffer) >= 0) {
						// what the listener answers is read and ignored
					}
				}
				catch (SocketTimeoutException ex) {
					return false;
				}
				catch (IOException ex) {
					// reset by the listener: closed
				}
				return true;
			}
		}

	}

	/**
	 * The stack traces JeroMQ's notification handler printed: blocks of an exception line
	 * followed by {@code at} lines, kept when a frame is in JeroMQ's {@code zmq} package.
	 */
	static final class Notifications {

		private Notifications() {
		}

		static List<String> in(String output) {
			List<String> traces = new ArrayList<>();
			StringBuilder current = null;
			for (String line : output.split("\\R")) {
				boolean frame = line.startsWith("\tat ") || line.startsWith("\t... ") || line.startsWith("Caused by: ");
				if (frame && current != null) {
					current.append('\n').append(line);
					continue;
				}
				addIfJeroMq(traces, current);
				current = (line.matches("^(Exception in thread .*)?[\\w.$]+(Exception|Error)(: .*)?$"))
						? new StringBuilder(line) : null;
			}
			addIfJeroMq(traces, current);
			return traces;
		}

		private static void addIfJeroMq(List<String> traces, StringBuilder trace) {
			if (trace != null && trace.indexOf("\tat zmq.") >= 0) {
				traces.add(trace.toString());
			}
		}

	}

	/**
	 * A listener under fuzz, the socket types a valid peer announces and the well-behaved
	 * peer that times it.
	 */
	enum Target {

		ROUTER("router", SocketType.DEALER, "DEALER", "REQ", "ROUTER"), REP("rep", SocketType.REQ, "REQ", "DEALER"),
		SUB("sub", SocketType.PUB, "PUB", "XPUB"), PULL("pull", SocketType.PUSH, "PUSH");

		private final String endpoint;

		private final SocketType probe;

		private final String[] peerTypes;

		Target(String endpoint, SocketType probe, String... peerTypes) {
			this.endpoint = endpoint;
			this.probe = probe;
			this.peerTypes = peerTypes;
		}

	}

}
