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
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the reply backlog of a ROUTER {@link ZmqSocketLoop} over real TCP sockets on
 * the loopback interface: a peer that stops reading fills its queue (its high-water mark
 * is reached), its replies are parked in order and retried, and other peers keep being
 * served meanwhile. The high-water marks and the slow peer's kernel receive buffer are
 * kept tiny and the replies big, so that the queues, not the loopback TCP buffers, hold
 * the replies.
 */
class ZmqSocketLoopRouterBacklogTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String ANY_PORT = "tcp://127.0.0.1:*";

	private static final int REQUESTS = 200;

	private static final int HWM = 5;

	private static final byte[] PAYLOAD = new byte[64 * 1024];

	private static ZContext context;

	private static ExecutorService handlerExecutor;

	private final ExecutorService orderedExecutor = Executors.newSingleThreadExecutor();

	private final List<ZmqSocketLoop> loops = new ArrayList<>();

	private final List<ZMQ.Socket> peers = new ArrayList<>();

	private final AtomicInteger handled = new AtomicInteger();

	private final AtomicInteger sendTimeouts = new AtomicInteger();

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
	void stopLoopsAndPeers() {
		for (ZMQ.Socket peer : this.peers) {
			peer.close();
		}
		for (int i = this.loops.size() - 1; i >= 0; i--) {
			this.loops.get(i).stop();
		}
		this.orderedExecutor.shutdown();
	}

	@AfterAll
	static void closeContext() {
		handlerExecutor.shutdown();
		context.close();
	}

	@Test
	void whenOnePeerStopsReadingThenOtherPeersAreStillServedAndItGetsEveryReplyInOrderLater() {
		ZmqSocketLoop router = echoRouter(ZmqEndpointDefinition.builder("patient").sendTimeout(WAIT),
				this.orderedExecutor);
		ZMQ.Socket slow = slowPeer(router, "A");
		ZMQ.Socket fast = peer(router, "B");
		sendRequests(slow, "a", REQUESTS);
		await().atMost(WAIT).until(() -> this.handled.get() == REQUESTS);
		// the slow peer reads nothing yet: the other one is served all the same
		sendRequests(fast, "b", 20);
		assertThat(receive(fast, 20)).containsExactlyElementsOf(bodies("b", 20));
		// some replies to the slow peer really did not fit and wait in the backlog
		assertThat(router.getStatistics().getSent()).isLessThan(REQUESTS + 20);
		assertThat(router.getStatistics().getDroppedTotal()).isZero();
		// the slow peer starts reading within the send timeout: nothing was lost, nothing
		// reordered
		assertThat(receive(slow, REQUESTS)).containsExactlyElementsOf(bodies("a", REQUESTS));
		await().atMost(WAIT).until(() -> router.getStatistics().getSent() == REQUESTS + 20);
		assertThat(router.getStatistics().getDropped(ZmqDropReason.HWM)).isZero();
		assertThat(router.getStatistics().getDroppedTotal()).isZero();
		assertThat(this.sendTimeouts.get()).isZero();
		assertThat(router.getState()).isEqualTo(ZmqEndpointState.RUNNING);
	}

	@Test
	void whenPeerDoesNotReadWithinSendTimeoutThenItsParkedRepliesAreDroppedAsHwmAndOthersStillServed() {
		ZmqSocketLoop router = echoRouter(
				ZmqEndpointDefinition.builder("impatient").sendTimeout(Duration.ofMillis(300)), this.orderedExecutor);
		ZMQ.Socket slow = slowPeer(router, "A");
		ZMQ.Socket fast = peer(router, "B");
		sendRequests(slow, "a", REQUESTS);
		await().atMost(WAIT).until(() -> this.handled.get() == REQUESTS);
		// every reply to the slow peer is either taken by the socket or dropped after 300
		// ms
		await().atMost(WAIT)
			.until(() -> router.getStatistics().getSent()
					+ router.getStatistics().getDropped(ZmqDropReason.HWM) == REQUESTS);
		long dropped = router.getStatistics().getDropped(ZmqDropReason.HWM);
		assertThat(dropped).isPositive();
		assertThat(router.getStatistics().getDroppedTotal()).isEqualTo(dropped);
		// the loop keeps serving
		sendRequests(fast, "b", 20);
		assertThat(receive(fast, 20)).containsExactlyElementsOf(bodies("b", 20));
		// the slow peer gets exactly what was not dropped, in order
		List<String> received = receiveUntilQuiet(slow);
		assertThat(received).hasSize(REQUESTS - (int) dropped);
		assertThat(bodies("a", REQUESTS)).containsSubsequence(received);
		assertThat(router.getStatistics().getDropped(ZmqDropReason.HWM)).isEqualTo(dropped);
		assertThat(this.sendTimeouts.get()).isZero();
		assertThat(router.getState()).isEqualTo(ZmqEndpointState.RUNNING);
	}

	@Test
	void whenBacklogIsAtCapacityThenLoopStopsDrainingAndSendersTimeOut() {
		int capacity = 5;
		ZmqSocketLoop router = echoRouter(
				ZmqEndpointDefinition.builder("bounded").sendQueueCapacity(capacity).sendTimeout(Duration.ofSeconds(1)),
				handlerExecutor);
		ZMQ.Socket slow = slowPeer(router, "A");
		sendRequests(slow, "a", REQUESTS);
		// handlers either queued their reply or gave up after the send timeout
		await().atMost(WAIT).until(() -> this.handled.get() == REQUESTS);
		assertThat(this.sendTimeouts.get()).as("replies refused to handlers").isPositive();
		long queued = REQUESTS - this.sendTimeouts.get();
		await().atMost(WAIT)
			.until(() -> router.getStatistics().getSent()
					+ router.getStatistics().getDropped(ZmqDropReason.HWM) == queued);
		// handlers run concurrently here, so replies may go out in any order
		List<String> received = receiveUntilQuiet(slow);
		assertThat(received).hasSize((int) router.getStatistics().getSent()).doesNotHaveDuplicates();
		assertThat(bodies("a", REQUESTS)).containsAll(received);
		// with the backlog drained the loop serves again
		ZMQ.Socket fast = peer(router, "B");
		sendRequests(fast, "b", 20);
		assertThat(receive(fast, 20)).containsExactlyInAnyOrderElementsOf(bodies("b", 20));
		assertThat(router.getState()).isEqualTo(ZmqEndpointState.RUNNING);
	}

	/**
	 * A ROUTER loop that echoes every request back to its sender from a handler thread;
	 * with a single-threaded executor the replies are queued in the order the requests
	 * came in.
	 */
	private ZmqSocketLoop echoRouter(ZmqEndpointDefinition.Builder definition, ExecutorService executor) {
		AtomicReference<ZmqSocketLoop> self = new AtomicReference<>();
		ZmqSocketOptions options = ZmqSocketOptions.builder().sendHwm(HWM).build();
		ZmqSocketLoop router = new ZmqSocketLoop(context,
				definition.type(SocketType.ROUTER).bind(List.of(ANY_PORT)).options(options).build(),
				ZmqEndpointRole.LISTENER, List.of(), (message, done) -> executor.execute(() -> {
					done.run();
					try {
						self.get().send(message);
					}
					catch (ZmqSendTimeoutException ex) {
						this.sendTimeouts.incrementAndGet();
					}
					finally {
						this.handled.incrementAndGet();
					}
				}), 2 * REQUESTS);
		router.setShutdownTimeout(Duration.ofSeconds(2));
		self.set(router);
		this.loops.add(router);
		router.start();
		return router;
	}

	/**
	 * A DEALER that takes replies slowly: tiny receive queue and kernel receive buffer.
	 */
	private ZMQ.Socket slowPeer(ZmqSocketLoop router, String identity) {
		ZMQ.Socket socket = TestSockets.create(context, SocketType.DEALER);
		socket.setRcvHWM(HWM);
		socket.setReceiveBufferSize(16 * 1024);
		return connect(socket, router, identity);
	}

	private ZMQ.Socket peer(ZmqSocketLoop router, String identity) {
		return connect(TestSockets.create(context, SocketType.DEALER), router, identity);
	}

	private ZMQ.Socket connect(ZMQ.Socket socket, ZmqSocketLoop router, String identity) {
		socket.setLinger(0);
		socket.setReceiveTimeOut((int) WAIT.toMillis());
		socket.setIdentity(identity.getBytes(StandardCharsets.UTF_8));
		socket.connect(router.getBoundAddresses().get(0));
		this.peers.add(socket);
		return socket;
	}

	private static void sendRequests(ZMQ.Socket socket, String prefix, int count) {
		for (int i = 0; i < count; i++) {
			assertThat(socket.sendMore(prefix + "-" + i)).isTrue();
			assertThat(socket.send(PAYLOAD)).isTrue();
		}
	}

	private static List<String> receive(ZMQ.Socket socket, int count) {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ZMsg reply = ZMsg.recvMsg(socket);
			assertThat(reply).as("reply %d of %d", i, count).isNotNull();
			bodies.add(reply.popString());
		}
		return bodies;
	}

	private static List<String> receiveUntilQuiet(ZMQ.Socket socket) {
		socket.setReceiveTimeOut(1000);
		List<String> bodies = new ArrayList<>();
		ZMsg reply;
		while ((reply = ZMsg.recvMsg(socket)) != null) {
			bodies.add(reply.popString());
		}
		return bodies;
	}

	private static List<String> bodies(String prefix, int count) {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			bodies.add(prefix + "-" + i);
		}
		return bodies;
	}

}
