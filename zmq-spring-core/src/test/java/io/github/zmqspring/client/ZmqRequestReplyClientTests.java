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

package io.github.zmqspring.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqSocketOptions;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the pending replies of {@link ZmqRequestReplyClient} as a server sees them: a
 * raw ROUTER on loopback TCP takes the requests off the wire and answers (or not). The
 * in-flight limit refuses a request until a reply frees a place, an expired request fails
 * and the server is told to cancel it, its late reply is counted as dropped, stopping
 * fails what is pending, and so does losing the server.
 */
class ZmqRequestReplyClientTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private final ZContext context = new ZContext(1);

	private final ExecutorService callbacks = Executors.newFixedThreadPool(2);

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final ZMQ.Socket server = TestSockets.create(this.context, SocketType.ROUTER);

	private ZmqRequestReplyClient client;

	@AfterEach
	void close() {
		if (this.client != null) {
			this.client.getEndpoint().stop();
		}
		this.scheduler.shutdown();
		this.callbacks.shutdownNow();
		this.context.close();
	}

	@Test
	void aRequestBeyondMaxInFlightIsRefusedUntilAReplyFreesItsPlace() {
		start(2);
		ZmqReplyFuture<String> first = request("one", Duration.ofMinutes(1));
		request("two", Duration.ofMinutes(1));
		ZMsg received = receive(ZmqMessageKind.REQUEST);
		receive(ZmqMessageKind.REQUEST);
		assertThatExceptionOfType(ZmqException.class).isThrownBy(() -> request("three", Duration.ofMinutes(1)))
			.withMessageContaining("already has 2 requests in flight (max-in-flight)")
			.withMessageContaining("route 'three'");
		assertThat(this.client.getInFlight()).isEqualTo(2);

		reply(received, "reply to one");
		await().atMost(WAIT).until(first::isDone);
		assertThat(first.join()).isEqualTo("reply to one");
		assertThat(this.client.getInFlight()).isOne();
		request("three", Duration.ofMinutes(1));
		assertThat(envelope(receive(ZmqMessageKind.REQUEST)).route()).isEqualTo("three");
	}

	@Test
	void anExpiredRequestFailsTellsTheServerToCancelAndItsLateReplyIsDropped() {
		start(10);
		ZmqReplyFuture<String> future = request("slow", Duration.ofMillis(200));
		ZMsg received = receive(ZmqMessageKind.REQUEST);
		long id = envelope(received).correlationId();
		ZMsg cancel = receive(ZmqMessageKind.CANCEL);
		assertThat(envelope(cancel).correlationId()).isEqualTo(id);
		assertThat(failure(future)).isInstanceOf(ZmqTimeoutException.class).hasMessageContaining("request " + id);
		assertThat(this.client.getInFlight()).isZero();

		reply(received, "too late");
		await().atMost(WAIT)
			.until(() -> this.client.getEndpoint().getStatistics().getDropped(ZmqDropReason.LATE_REPLY) == 1);
	}

	@Test
	void failAllFailsWhatIsPending() {
		start(10);
		ZmqReplyFuture<String> future = request("pending", Duration.ofMinutes(1));
		receive(ZmqMessageKind.REQUEST);
		this.client.failAll("The application context was closed");
		assertThat(failure(future)).isExactlyInstanceOf(ZmqException.class)
			.hasMessage("The application context was closed");
		assertThat(this.client.getInFlight()).isZero();
	}

	@Test
	void losingTheServerFailsWhatIsPendingLongBeforeItsTimeout() {
		start(10);
		ZmqReplyFuture<String> answered = request("first", Duration.ofMinutes(1));
		reply(receive(ZmqMessageKind.REQUEST), "first reply");
		await().atMost(WAIT).until(answered::isDone);
		ZmqReplyFuture<String> pending = request("second", Duration.ofMinutes(1));
		receive(ZmqMessageKind.REQUEST);
		this.server.close();
		assertThat(failure(pending)).isExactlyInstanceOf(ZmqPeerLostException.class)
			.hasMessageContaining("lost its connection to " + this.client.getDefinition().connect().get(0));
		assertThat(this.client.getInFlight()).isZero();
	}

	private void start(int maxInFlight) {
		this.scheduler.initialize();
		int port = this.server.bindToRandomPort("tcp://127.0.0.1");
		this.server.setReceiveTimeOut((int) WAIT.toMillis());
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("orders")
			.connect(List.of("tcp://127.0.0.1:" + port))
			.maxInFlight(maxInFlight)
			.options(ZmqSocketOptions.builder().reconnectInterval(Duration.ofMillis(50)).build())
			.build();
		this.client = new ZmqRequestReplyClient(this.context, definition, List.of(), this.callbacks, this.scheduler);
		this.client.getEndpoint().setShutdownTimeout(Duration.ofSeconds(1));
		this.client.getEndpoint().start();
	}

	private ZmqReplyFuture<String> request(String route, Duration timeout) {
		ZmqRequest request = new ZmqRequest(route, new ZmqPayload(route.getBytes(StandardCharsets.UTF_8), "text/plain"),
				Map.of(), timeout);
		return this.client.request(request, (reply) -> new String(reply.payload().bytes(), StandardCharsets.UTF_8));
	}

	/**
	 * @return the next message from the client, {@code [identity][""][envelope][body...]}
	 */
	private ZMsg receive(ZmqMessageKind kind) {
		ZMsg message = ZMsg.recvMsg(this.server);
		assertThat(message).as("a %s from the client", kind).isNotNull();
		assertThat(envelope(message).kind()).isEqualTo(kind);
		return message;
	}

	private void reply(ZMsg request, String body) {
		ZMsg reply = new ZMsg();
		reply.add(request.getFirst().getData());
		reply.add(new byte[0]);
		reply
			.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.reply(envelope(request).correlationId(), "text/plain", Map.of())));
		reply.add(body);
		assertThat(reply.send(this.server)).isTrue();
	}

	private static ZmqEnvelope envelope(ZMsg message) {
		return ZmqEnvelopeCodec.decode(List.copyOf(message).get(2).getData());
	}

	private static Throwable failure(CompletableFuture<?> future) {
		try {
			future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new AssertionError("the request did not fail in time", ex);
		}
		throw new AssertionError("the request succeeded");
	}

}
