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

package io.github.zmqspring.boot.autoconfigure.requestreply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.boot.autoconfigure.requestreply.EchoClientApp.EchoClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.EchoClientApp.LockstepClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.EchoServerApp.EchoService;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.client.ZmqTimeoutException;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.protocol.ZmqStatus;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;
import reactor.core.publisher.Flux;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * ROUTER/DEALER and REP request/reply between two Spring Boot applications over TCP on
 * 127.0.0.1: one server, one client, talking through real sockets.
 */
class RequestReplyIntegrationTests {

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	private static int rpcPort;

	@BeforeAll
	static void startApps() {
		server = TestApps.run(EchoServerApp.class, "zmq.endpoints.rpc.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.lockstep.bind=tcp://127.0.0.1:*");
		rpcPort = TestApps.port(server, "rpc");
		int lockstepPort = TestApps.port(server, "lockstep");
		client = TestApps.run(EchoClientApp.class, "zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + rpcPort,
				"zmq.endpoints.rpc-client.request-timeout=5s",
				"zmq.endpoints.lockstep-client.connect=tcp://127.0.0.1:" + lockstepPort);
	}

	@AfterAll
	static void stopApps() {
		client.close();
		server.close();
	}

	private EchoClient echo() {
		return client.getBean(EchoClient.class);
	}

	private EchoService service() {
		return server.getBean(EchoService.class);
	}

	@Test
	void blockingCallReturnsTheReply() {
		assertThat(echo().echo("hello")).isEqualTo("echo:hello");
		assertThat(echo().shout("hi")).isEqualTo("ECHO:HI");
	}

	@Test
	void tenThousandConcurrentRequestsAreEachAnsweredWithTheirOwnReplyOutOfOrder() {
		int count = 10_000;
		List<Integer> completionOrder = Collections.synchronizedList(new ArrayList<>());
		List<CompletableFuture<String>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(echo().jitter("m" + i).whenComplete((reply, ex) -> completionOrder.add(n)));
		}
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
		for (int i = 0; i < count; i++) {
			assertThat(futures.get(i).join()).isEqualTo("echo:m" + i);
		}
		assertThat(service().maxActive.get()).as("handlers running at once").isGreaterThan(1);
		assertThat(completionOrder).hasSize(count).isNotEqualTo(completionOrder.stream().sorted().toList());
	}

	@Test
	void futureAndMonoHandlersReplyWhenTheyComplete() {
		assertThat(echo().async("a").join()).isEqualTo("async:a");
		assertThat(echo().mono("m").block(Duration.ofSeconds(5))).isEqualTo("mono:m");
	}

	@Test
	void jsonPayloadsWithGenericReplyTypes() {
		assertThat(echo().range(4)).containsExactly(0, 1, 2, 3);
	}

	@Test
	void aStreamOfAThousandItemsArrivesCompleteAndInOrder() {
		List<Integer> items = echo().count(1000).collectList().block(Duration.ofSeconds(10));
		assertThat(items).hasSize(1000).isSorted().startsWith(0).endsWith(999);
		assertThat(echo().words("to be or not").collectList().block(Duration.ofSeconds(5))).containsExactly("to", "be",
				"or", "not");
	}

	@Test
	void cancellingAStreamStopsTheServerSideProducer() throws InterruptedException {
		Flux<Integer> infinite = echo().infinite();
		assertThat(infinite.take(5).collectList().block(Duration.ofSeconds(5))).hasSize(5);
		assertThat(service().infiniteCancelled.await(5, TimeUnit.SECONDS)).as("server producer cancelled").isTrue();
		// the cancel hook runs just before the cancel reaches the 2 ms interval, so a
		// loaded
		// machine may see a tick or two in between; then the count must stand still (an
		// uncancelled producer adds 150 in 300 ms)
		AtomicInteger seen = new AtomicInteger(service().infiniteEmitted.get());
		await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> {
			int now = service().infiniteEmitted.get();
			return seen.getAndSet(now) == now;
		});
	}

	@Test
	void aHandlerExceptionArrivesAsRemoteExceptionAndTheNextRequestWorks() {
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> echo().fail("x")).satisfies((ex) -> {
			assertThat(ex.getStatus()).isEqualTo(ZmqStatus.INTERNAL_ERROR);
			assertThat(ex.getRemoteMessage()).isEqualTo("Internal error");
		});
		assertThat(echo().echo("after")).isEqualTo("echo:after");
	}

	@Test
	void anUnknownRouteGetsA404() {
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> echo().missing("x")).satisfies((ex) -> {
			assertThat(ex.getStatus()).isEqualTo(ZmqStatus.NOT_FOUND);
			assertThat(ex.getRemoteMessage()).isEqualTo("No handler for route");
		});
		assertThat(echo().echo("after")).isEqualTo("echo:after");
	}

	@Test
	void aSlowReplyTimesOutAndTheLateReplyIsCountedNotDelivered() {
		ZmqEndpointRegistry registry = client.getBean(ZmqEndpointRegistry.class);
		long late = registry.getRequiredEndpoint("rpc-client").getStatistics().getDropped(ZmqDropReason.LATE_REPLY);
		assertThatExceptionOfType(ZmqTimeoutException.class).isThrownBy(() -> echo().sleep(800L));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					registry.getRequiredEndpoint("rpc-client").getStatistics().getDropped(ZmqDropReason.LATE_REPLY))
				.isEqualTo(late + 1));
		assertThat(echo().echo("after")).isEqualTo("echo:after");
	}

	@Test
	void oneWayMessagesGetNoReply() {
		echo().notify("fire-and-forget");
		await().atMost(Duration.ofSeconds(5)).until(() -> service().notifications.contains("fire-and-forget"));
	}

	@Test
	void headersAndTheCallerIdentityReachTheHandler() {
		assertThat(echo().whoami("ann")).isEqualTo("ann@5");
	}

	@Test
	void aHandlerCanTakeTheWholeMessageAndItsHeaders() {
		assertThat(echo().message("m")).isEqualTo("m@message corr=true");
	}

	@Test
	void aMalformedEnvelopeGetsA400ErrorAndTheSocketKeepsServing() {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = TestSockets.create(context, SocketType.DEALER)) {
			dealer.setReceiveTimeOut(5000);
			dealer.connect("tcp://127.0.0.1:" + rpcPort);
			ZMsg bad = new ZMsg();
			bad.add(new byte[0]);
			bad.add(new byte[] { (byte) 0xFF, 0x5A, 1, 1, 0, 0 });
			bad.add("body");
			bad.send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).isNotNull();
			assertThat(reply.size()).isEqualTo(3);
			assertThat(reply.getFirst().size()).isZero();
			assertThat(reply.getLast().toString()).isEqualTo("Malformed request");
		}
		assertThat(echo().echo("after")).isEqualTo("echo:after");
	}

	@Test
	void theTemplateIsTheImperativeTwin() {
		ZmqOperations template = client.getBean(ZmqOperations.class);
		assertThat(template.request("rpc-client", "echo", "t", String.class)).isEqualTo("echo:t");
		assertThat(template.requestAsync("rpc-client", "async", "u", String.class).join()).isEqualTo("async:u");
	}

	@Test
	void aRepListenerAnswersInLockstep() {
		LockstepClient lockstep = client.getBean(LockstepClient.class);
		assertThat(lockstep.call("one")).isEqualTo("rep:one");
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> lockstep.fail("two"))
			.satisfies((ex) -> assertThat(ex.getRemoteMessage()).isEqualTo("Internal error"));
		assertThat(lockstep.call("three")).isEqualTo("rep:three");
	}

}
