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

package io.github.zmqspring.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.zmqspring.test.TestSockets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqSocketLoop} over real TCP sockets on the loopback interface, with
 * raw JeroMQ sockets or other loops as peers.
 */
class ZmqSocketLoopTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String ANY_PORT = "tcp://127.0.0.1:*";

	private static ZContext context;

	private static ExecutorService handlerExecutor;

	private final List<ZmqSocketLoop> loops = new ArrayList<>();

	@BeforeAll
	static void createContext() {
		context = new ZContext(1);
		AtomicInteger count = new AtomicInteger();
		handlerExecutor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "test-handler-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@AfterEach
	void stopLoops() {
		for (int i = this.loops.size() - 1; i >= 0; i--) {
			this.loops.get(i).stop();
		}
	}

	@AfterAll
	static void closeContext() {
		handlerExecutor.shutdown();
		context.close();
	}

	@Test
	void whenManyThreadsSendThroughOneLoopThenEveryMessageArrivesExactlyOnce() throws Exception {
		Map<String, Integer> received = new ConcurrentHashMap<>();
		AtomicInteger handled = new AtomicInteger();
		ZmqSocketLoop pull = loop(endpoint("sink", SocketType.PULL).bind(List.of(ANY_PORT)), ZmqEndpointRole.LISTENER,
				(message, done) -> {
					received.merge(message.popString(), 1, Integer::sum);
					handled.incrementAndGet();
					done.run();
				}, 100);
		pull.start();
		ZmqSocketLoop push = loop(endpoint("source", SocketType.PUSH).connect(pull.getBoundAddresses()),
				ZmqEndpointRole.CLIENT, null, 1);
		push.start();
		int threads = 50;
		int perThread = 200;
		Set<String> expected = new HashSet<>();
		ExecutorService senders = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				String prefix = "t" + t + "-";
				for (int i = 0; i < perThread; i++) {
					expected.add(prefix + i);
				}
				results.add(senders.submit(() -> {
					go.await();
					for (int i = 0; i < perThread; i++) {
						push.send(message(prefix + i));
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> result : results) {
				result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		finally {
			senders.shutdown();
		}
		int total = threads * perThread;
		await().atMost(WAIT).until(() -> handled.get() >= total);
		assertThat(received.keySet()).isEqualTo(expected);
		assertThat(received.values()).containsOnly(1);
		assertThat(handled.get()).isEqualTo(total);
		// the sent counter moves right after the socket took a message, maybe after it
		// arrived
		await().atMost(WAIT).until(() -> push.getStatistics().getSent() == total);
		assertThat(pull.getStatistics().getReceived()).isEqualTo(total);
		assertThat(push.getStatistics().getDroppedTotal()).isZero();
		assertThat(pull.getStatistics().getDroppedTotal()).isZero();
	}

	@Test
	void whenOutOfPermitsThenTheLoopReadsAgainOnceHalfOfThemAreFree() {
		Queue<Runnable> held = new ConcurrentLinkedQueue<>();
		ZmqSocketLoop pull = loop(endpoint("held", SocketType.PULL).bind(List.of(ANY_PORT)), ZmqEndpointRole.LISTENER,
				(message, done) -> held.add(done), 8);
		pull.start();
		ZMQ.Socket push = rawSocket(SocketType.PUSH);
		try {
			push.connect(pull.getBoundAddresses().get(0));
			for (int i = 0; i < 20; i++) {
				push.send("m" + i);
			}
			await().atMost(WAIT).until(() -> pull.getStatistics().getReceived() == 8);
			// three of eight permits free: not yet a batch, the loop keeps waiting
			releaseHeld(held, 3);
			await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> pull.getStatistics().getReceived() == 8);
			// the fourth makes half: the loop wakes and reads four more
			releaseHeld(held, 1);
			await().atMost(WAIT).until(() -> pull.getStatistics().getReceived() == 12);
			releaseHeld(held, 8);
			await().atMost(WAIT).until(() -> pull.getStatistics().getReceived() == 20);
			releaseHeld(held, 8);
			await().atMost(WAIT).until(() -> pull.getInFlight() == 0);
		}
		finally {
			push.close();
		}
	}

	private static void releaseHeld(Queue<Runnable> held, int count) {
		for (int i = 0; i < count; i++) {
			Runnable done = held.poll();
			assertThat(done).isNotNull();
			done.run();
		}
	}

	@Test
	void whenHandlerIsSaturatedThenSenderTimesOutInsteadOfQueuingWithoutBound() {
		CountDownLatch release = new CountDownLatch(1);
		Set<String> handled = ConcurrentHashMap.newKeySet();
		ZmqSocketOptions smallHwm = ZmqSocketOptions.builder().sendHwm(10).receiveHwm(10).build();
		// small kernel buffers so that the high-water marks, not the OS, hold the backlog
		// (JeroMQ 0.6.0 fails a bind when SO_SNDBUF is set: only the connecting side sets
		// it)
		ZmqSocketCustomizer smallReceiveBuffer = (definition, socket) -> socket.setReceiveBufferSize(16 * 1024);
		ZmqSocketCustomizer smallSendBuffer = (definition, socket) -> socket.setSendBufferSize(16 * 1024);
		ZmqSocketLoop pull = loop(endpoint("slow", SocketType.PULL).bind(List.of(ANY_PORT)).options(smallHwm),
				ZmqEndpointRole.LISTENER, List.of(smallReceiveBuffer),
				(message, done) -> handlerExecutor.execute(() -> {
					awaitQuietly(release);
					handled.add(message.popString());
					done.run();
				}), 1);
		pull.start();
		ZmqSocketLoop push = loop(endpoint("eager", SocketType.PUSH).connect(pull.getBoundAddresses())
			.options(smallHwm)
			.sendQueueCapacity(5)
			.sendTimeout(Duration.ofMillis(200)), ZmqEndpointRole.CLIENT, List.of(smallSendBuffer), null, 1);
		push.start();
		byte[] padding = new byte[16 * 1024];
		List<String> accepted = new ArrayList<>();
		ZmqSendTimeoutException timeout = null;
		try {
			for (int i = 0; i < 2000 && timeout == null; i++) {
				ZMsg message = message("m-" + i);
				message.add(padding);
				try {
					push.send(message);
					accepted.add("m-" + i);
				}
				catch (ZmqSendTimeoutException ex) {
					timeout = ex;
				}
			}
			assertThat(timeout).as("send timeout after %d messages", accepted.size())
				.isNotNull()
				.hasMessageContaining("'eager'")
				.hasMessageContaining("could not queue a message within PT0.2S");
			assertThat(accepted).hasSizeLessThan(200);
			assertThat(pull.getInFlight()).isEqualTo(1);
			assertThat(push.getQueuedOutbound()).isEqualTo(5);
		}
		finally {
			release.countDown();
		}
		await().atMost(WAIT).until(() -> handled.size() == accepted.size());
		assertThat(handled).containsExactlyInAnyOrderElementsOf(accepted);
		push.send(message("after"));
		await().atMost(WAIT).until(() -> handled.contains("after"));
		await().atMost(WAIT).until(() -> push.getStatistics().getSent() == accepted.size() + 1);
	}

	@Test
	void whenPausedThenNothingIsHandledUntilResumed() {
		Queue<String> received = new ConcurrentLinkedQueue<>();
		ZmqSocketLoop pull = loop(endpoint("pausable", SocketType.PULL).bind(List.of(ANY_PORT)),
				ZmqEndpointRole.LISTENER, (message, done) -> {
					received.add(message.popString());
					done.run();
				}, 10);
		pull.start();
		try (ZMQ.Socket push = rawSocket(SocketType.PUSH)) {
			push.connect(pull.getBoundAddresses().get(0));
			push.send("a");
			await().atMost(WAIT).until(() -> received.size() == 1);
			pull.pause();
			assertThat(pull.getState()).isEqualTo(ZmqEndpointState.PAUSED);
			push.send("b");
			push.send("c");
			await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> received.size() == 1);
			assertThat(pull.getState()).isEqualTo(ZmqEndpointState.PAUSED);
			pull.resume();
			assertThat(pull.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			await().atMost(WAIT).until(() -> received.size() == 3);
			assertThat(received).containsExactly("a", "b", "c");
		}
	}

	@Test
	void whenHandlerOutlivesShutdownTimeoutThenStopReturnsWithinBound() {
		CountDownLatch release = new CountDownLatch(1);
		ZmqSocketLoop pull = loop(endpoint("stuck", SocketType.PULL).bind(List.of(ANY_PORT)), ZmqEndpointRole.LISTENER,
				(message, done) -> handlerExecutor.execute(() -> {
					awaitQuietly(release);
					done.run();
				}), 1);
		pull.setShutdownTimeout(Duration.ofMillis(500));
		pull.start();
		try (ZMQ.Socket push = rawSocket(SocketType.PUSH)) {
			push.connect(pull.getBoundAddresses().get(0));
			push.send("never finishes");
			await().atMost(WAIT).until(() -> pull.getInFlight() == 1);
			long start = System.nanoTime();
			pull.stop();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofSeconds(3));
			assertThat(pull.getState()).isEqualTo(ZmqEndpointState.STOPPED);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void whenHandlerFinishesDuringShutdownThenItsReplyIsFlushed() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicReference<ZmqSocketLoop> self = new AtomicReference<>();
		ZmqSocketLoop router = loop(endpoint("replier", SocketType.ROUTER).bind(List.of(ANY_PORT)),
				ZmqEndpointRole.LISTENER, (message, done) -> handlerExecutor.execute(() -> {
					awaitQuietly(release);
					ZFrame identity = message.pop();
					ZMsg reply = new ZMsg();
					reply.add(identity);
					reply.add("re:" + message.popString());
					self.get().send(reply);
					done.run();
				}), 4);
		router.setShutdownTimeout(Duration.ofSeconds(5));
		self.set(router);
		router.start();
		try (ZMQ.Socket dealer = rawSocket(SocketType.DEALER)) {
			dealer.connect(router.getBoundAddresses().get(0));
			dealer.send("hello");
			await().atMost(WAIT).until(() -> router.getInFlight() == 1);
			long start = System.nanoTime();
			CompletableFuture<Void> stopped = CompletableFuture.runAsync(router::stop);
			await().atMost(WAIT).until(() -> router.getState() == ZmqEndpointState.STOPPING);
			release.countDown();
			stopped.get(3, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(router.getState()).isEqualTo(ZmqEndpointState.STOPPED);
			assertThat(router.getStatistics().getSent()).isOne();
			assertThat(dealer.recvStr()).isEqualTo("re:hello");
		}
		finally {
			release.countDown();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tcp://127.0.0.1:*", "tcp://127.0.0.1:0" })
	void whenBoundToRandomPortThenRealPortIsReported(String address) {
		ZmqSocketLoop pull = loop(endpoint("random", SocketType.PULL).bind(List.of(address)), ZmqEndpointRole.LISTENER,
				(message, done) -> done.run(), 1);
		pull.start();
		assertThat(pull.getState()).isEqualTo(ZmqEndpointState.RUNNING);
		assertThat(pull.getBoundAddresses()).singleElement().asString().matches("tcp://127\\.0\\.0\\.1:\\d+");
		assertThat(port(pull.getBoundAddresses().get(0))).isPositive();
	}

	@Test
	void whenPortIsInUseThenStartFailsNamingTheAddress() {
		ZmqSocketLoop first = loop(endpoint("first", SocketType.PULL).bind(List.of(ANY_PORT)), ZmqEndpointRole.LISTENER,
				(message, done) -> done.run(), 1);
		first.start();
		String taken = first.getBoundAddresses().get(0);
		ZmqSocketLoop second = loop(endpoint("second", SocketType.PULL).bind(List.of(taken)), ZmqEndpointRole.LISTENER,
				(message, done) -> done.run(), 1);
		assertThatExceptionOfType(ZmqException.class).isThrownBy(second::start)
			.withMessageContaining("'second'")
			.withMessageContaining("could not bind " + taken);
		assertThat(second.getState()).isEqualTo(ZmqEndpointState.FAILED);
		assertThat(second.getFailure()).isNotNull();
		assertThat(first.getState()).isEqualTo(ZmqEndpointState.RUNNING);
	}

	@Test
	void whenRouterRepliesToUnknownIdentityThenDropIsCountedAndRouterKeepsServing() {
		AtomicReference<ZmqSocketLoop> self = new AtomicReference<>();
		ZmqSocketLoop router = loop(endpoint("echo", SocketType.ROUTER).bind(List.of(ANY_PORT)),
				ZmqEndpointRole.LISTENER, (message, done) -> handlerExecutor.execute(() -> {
					ZMsg reply = new ZMsg();
					reply.add(message.pop());
					reply.add("pong");
					self.get().send(reply);
					done.run();
				}), 4);
		self.set(router);
		router.start();
		ZMsg stray = new ZMsg();
		stray.add("nobody".getBytes(StandardCharsets.UTF_8));
		stray.add("lost");
		router.send(stray);
		await().atMost(WAIT).until(() -> router.getStatistics().getDropped(ZmqDropReason.UNROUTABLE) == 1);
		assertThat(router.getState()).isEqualTo(ZmqEndpointState.RUNNING);
		try (ZMQ.Socket dealer = rawSocket(SocketType.DEALER)) {
			dealer.connect(router.getBoundAddresses().get(0));
			dealer.send("ping");
			assertThat(dealer.recvStr()).isEqualTo("pong");
		}
		// the counter moves right after the socket took the reply, which may be after the
		// peer got it
		await().atMost(WAIT).until(() -> router.getStatistics().getSent() == 1);
		assertThat(router.getStatistics().getDroppedTotal()).isOne();
	}

	@Test
	void whenNotStartedThenSendFails() {
		ZmqSocketLoop push = loop(endpoint("idle", SocketType.PUSH).connect(List.of("tcp://127.0.0.1:5555")),
				ZmqEndpointRole.CLIENT, null, 1);
		assertThatExceptionOfType(ZmqException.class).isThrownBy(() -> push.send(message("x")))
			.withMessage("ZeroMQ endpoint 'idle' is STOPPED, cannot send");
	}

	private ZmqSocketLoop loop(ZmqEndpointDefinition.Builder definition, ZmqEndpointRole role,
			@Nullable ZmqInboundHandler handler, int maxInFlight) {
		return loop(definition, role, List.of(), handler, maxInFlight);
	}

	private ZmqSocketLoop loop(ZmqEndpointDefinition.Builder definition, ZmqEndpointRole role,
			List<ZmqSocketCustomizer> customizers, @Nullable ZmqInboundHandler handler, int maxInFlight) {
		ZmqSocketLoop loop = new ZmqSocketLoop(context, definition.build(), role, customizers, handler, maxInFlight);
		loop.setShutdownTimeout(Duration.ofSeconds(2));
		this.loops.add(loop);
		return loop;
	}

	private static ZmqEndpointDefinition.Builder endpoint(String name, SocketType type) {
		return ZmqEndpointDefinition.builder(name).type(type);
	}

	private static ZMQ.Socket rawSocket(SocketType type) {
		ZMQ.Socket socket = TestSockets.create(context, type);
		socket.setReceiveTimeOut((int) WAIT.toMillis());
		return socket;
	}

	private static ZMsg message(String body) {
		ZMsg message = new ZMsg();
		message.add(body);
		return message;
	}

	static int port(String address) {
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
