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

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqContextFactoryBean}: termination is bounded and leaves no thread
 * behind. JeroMQ 0.6.0 names its own threads {@code reaper-<n>} and {@code iothread-<n>}
 * ({@code zmq.Reaper}, {@code zmq.io.IOThread}); the starter's all start with
 * {@code zmq-}.
 */
class ZmqContextFactoryBeanTests {

	private static final Duration CONTEXT_TIMEOUT = Duration.ofSeconds(5);

	@Test
	void whenPeerNeverConnectedThenLoopAndContextStopWithinBoundAndNoThreadLingers() throws Exception {
		ZmqContextFactoryBean factory = new ZmqContextFactoryBean();
		factory.setShutdownTimeout(CONTEXT_TIMEOUT);
		ZContext context = factory.getObject();
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("orphan")
			.type(SocketType.PUSH)
			.connect(List.of("tcp://127.0.0.1:" + unusedPort()))
			.options(ZmqSocketOptions.builder().sendHwm(1).build())
			.build();
		ZmqSocketLoop push = new ZmqSocketLoop(context, definition, ZmqEndpointRole.CLIENT, List.of(), null, 1);
		push.setShutdownTimeout(Duration.ofMillis(500));
		push.start();
		assertThat(push.getState()).isEqualTo(ZmqEndpointState.RUNNING);
		for (int i = 0; i < 5; i++) {
			ZMsg message = new ZMsg();
			message.add("undeliverable-" + i);
			push.send(message);
		}
		assertThat(zmqThreads()).contains("zmq-orphan-io")
			.anyMatch((name) -> name.startsWith("reaper-"))
			.anyMatch((name) -> name.startsWith("iothread-"));

		long start = System.nanoTime();
		push.stop();
		assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(3));
		assertThat(push.getState()).isEqualTo(ZmqEndpointState.STOPPED);
		ZmqEndpointStatistics statistics = push.getStatistics();
		assertThat(statistics.getDropped(ZmqDropReason.SHUTDOWN)).isPositive();
		assertThat(statistics.getSent() + statistics.getDropped(ZmqDropReason.SHUTDOWN)).as("sent or counted")
			.isEqualTo(5);

		start = System.nanoTime();
		factory.destroy();
		assertThat(elapsedSince(start)).isLessThan(CONTEXT_TIMEOUT);
		assertThat(context.isClosed()).isTrue();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(zmqThreads()).isEmpty());
	}

	@Test
	void whenSocketIsLeftOpenThenDestroyGivesUpAfterTheTimeout() throws Exception {
		ZmqContextFactoryBean factory = new ZmqContextFactoryBean();
		factory.setShutdownTimeout(Duration.ofMillis(300));
		ZContext context = factory.getObject();
		ZMQ.Socket forgotten = context.getContext().socket(SocketType.PUB);
		try {
			long start = System.nanoTime();
			factory.destroy();
			assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(2));
			assertThat(zmqThreads()).contains("zmq-context-close");
		}
		finally {
			forgotten.close();
		}
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(zmqThreads()).isEmpty());
	}

	@Test
	void whenDestroyedTwiceThenSecondCallDoesNothing() throws Exception {
		ZmqContextFactoryBean factory = new ZmqContextFactoryBean();
		ZContext context = factory.getObject();
		assertThat(factory.getObject()).isSameAs(context);
		assertThat(factory.getObjectType()).isEqualTo(ZContext.class);
		factory.destroy();
		factory.destroy();
		assertThat(context.isClosed()).isTrue();
	}

	private static List<String> zmqThreads() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.filter((name) -> name.startsWith("zmq-") || name.startsWith("reaper-") || name.startsWith("iothread-"))
			.toList();
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static int unusedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
