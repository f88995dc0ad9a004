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

package io.github.zmqspring.boot.autoconfigure.listener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Direct dispatch between two applications over TCP on 127.0.0.1: listener methods run on
 * their socket's thread when the annotation or the endpoint property says so and on the
 * executor otherwise, a slow direct method is logged and counted, a direct client
 * completes its futures on its socket thread, a blocking call needs no callback executor
 * in either mode, and async replies of direct methods still hold their in-flight permits.
 */
@ExtendWith(OutputCaptureExtension.class)
class DirectDispatchIntegrationTests {

	/**
	 * The permits of a listener with concurrency 4: its concurrency plus the read-ahead
	 * of 256.
	 */
	private static final int HELD_PERMITS = 4 + 256;

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	@BeforeAll
	static void startApps() {
		server = TestApps.run(ServerApp.class, "zmq.endpoints.direct-rpc.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.pooled-rpc.bind=tcp://127.0.0.1:*", "zmq.endpoints.held-rpc.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.jobs.bind=tcp://127.0.0.1:*", "zmq.endpoints.jobs.dispatch=direct",
				"zmq.listener.direct-warn-threshold=40ms");
		client = runClient();
	}

	private static ConfigurableApplicationContext runClient() {
		return TestApps.run(ClientApp.class, "zmq.defaults.request-timeout=30s",
				"zmq.endpoints.direct-rpc.connect=tcp://127.0.0.1:" + TestApps.port(server, "direct-rpc"),
				"zmq.endpoints.held-rpc.connect=tcp://127.0.0.1:" + TestApps.port(server, "held-rpc"),
				"zmq.endpoints.pooled-rpc.connect=tcp://127.0.0.1:" + TestApps.port(server, "pooled-rpc"),
				"zmq.endpoints.direct-client.connect=tcp://127.0.0.1:" + TestApps.port(server, "pooled-rpc"),
				"zmq.endpoints.direct-client.dispatch=direct",
				"zmq.endpoints.jobs.connect=tcp://127.0.0.1:" + TestApps.port(server, "jobs"));
	}

	@AfterAll
	static void stopApps() {
		client.close();
		server.close();
	}

	private static ZmqOperations template() {
		return client.getBean(ZmqOperations.class);
	}

	private static Listeners listeners() {
		return server.getBean(Listeners.class);
	}

	@Test
	void whenTheAnnotationSaysDirectThenTheMethodRunsOnTheSocketThread() {
		assertThat(template().request("direct-rpc", "thread", "x", String.class)).isEqualTo("zmq-direct-rpc-io");
	}

	@Test
	void whenTheEndpointPropertySaysDirectThenTheMethodRunsOnTheSocketThread() throws InterruptedException {
		template().push("jobs", "job");
		assertThat(listeners().jobThreads.poll(10, TimeUnit.SECONDS)).isEqualTo("zmq-jobs-io");
	}

	@Test
	void whenNothingSaysDirectThenTheMethodRunsOnTheListenerExecutor() {
		String thread = template().request("pooled-rpc", "thread", "x", String.class);
		assertThat(thread).isNotNull()
			.doesNotEndWith("-io")
			.startsWith(ZmqAutoConfiguration.HANDLER_THREAD_NAME_PREFIX);
	}

	@Test
	void whenADirectMethodHoldsTheSocketThreadBeyondTheThresholdThenItIsLoggedAndCounted(CapturedOutput output) {
		assertThat(template().request("direct-rpc", "slow", "x", String.class)).isEqualTo("slow");
		assertThat(template().request("direct-rpc", "thread", "x", String.class)).isEqualTo("zmq-direct-rpc-io");
		MeterRegistry meters = server.getBean(MeterRegistry.class);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(meters.get("zmq.listener.direct.slow")
				.tags("endpoint", "direct-rpc", "route", "slow")
				.functionCounter()
				.count()).isEqualTo(1));
		assertThat(meters.get("zmq.listener.direct.slow")
			.tags("endpoint", "direct-rpc", "route", "thread")
			.functionCounter()
			.count()).isZero();
		assertThat(output)
			.contains("Endpoint 'direct-rpc' listener method Listeners.slow (route 'slow') held the socket "
					+ "thread for ")
			.contains("ms with direct dispatch (threshold 40 ms)");
	}

	@Test
	void whenAClientEndpointIsDirectThenItsRepliesCompleteOnItsSocketThread() throws Exception {
		assertThat(completionThread("direct-client")).isEqualTo("zmq-direct-client-io");
		assertThat(completionThread("pooled-rpc")).isNotEqualTo("zmq-pooled-rpc-io")
			.startsWith(ZmqAutoConfiguration.HANDLER_THREAD_NAME_PREFIX);
	}

	/**
	 * The thread a callback registered before the reply arrives runs on: the server holds
	 * the reply until the callback is in place.
	 */
	private String completionThread(String endpoint) throws Exception {
		CompletableFuture<String> thread = template().requestAsync(endpoint, "gate", "x", String.class)
			.thenApply((reply) -> Thread.currentThread().getName());
		CompletableFuture<String> gate = listeners().gates.poll(10, TimeUnit.SECONDS);
		assertThat(gate).as("request arrived").isNotNull();
		gate.complete("open");
		return thread.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aBlockingCallCompletesOnTheSocketThreadWithoutTheCallbackExecutorInEitherMode() {
		try (ConfigurableApplicationContext fresh = runClient()) {
			ZmqOperations template = fresh.getBean(ZmqOperations.class);
			for (int i = 0; i < 20; i++) {
				assertThat(template.request("pooled-rpc", "echo", "p" + i, String.class)).isEqualTo("p" + i);
				assertThat(template.request("direct-client", "echo", "d" + i, String.class)).isEqualTo("d" + i);
			}
			ThreadPoolTaskExecutor callbacks = fresh.getBean(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME,
					ThreadPoolTaskExecutor.class);
			assertThat(callbacks.getThreadPoolExecutor().getTaskCount()).isZero();
		}
	}

	@Test
	void whenDirectMethodsReplyLaterThenTheirRepliesHoldTheInFlightPermits() {
		int requests = HELD_PERMITS + 200;
		List<CompletableFuture<String>> replies = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			replies.add(template().requestAsync("held-rpc", "held", "h" + i, String.class));
		}
		Listeners listeners = listeners();
		ZmqEndpoint endpoint = server.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("held-rpc");
		await().atMost(Duration.ofSeconds(20)).until(() -> listeners.held.size() == HELD_PERMITS);
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.until(() -> listeners.held.size() == HELD_PERMITS && endpoint.getInFlight() == HELD_PERMITS);
		CompletableFuture<String> next;
		int released = 0;
		while (released < requests) {
			try {
				next = listeners.held.poll(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			assertThat(next).as("request %d reached the method", released).isNotNull();
			next.complete("done");
			released++;
		}
		CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
		assertThat(listeners.heldInvocations.get()).isEqualTo(requests);
		await().atMost(Duration.ofSeconds(5)).until(() -> endpoint.getInFlight() == 0);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ServerApp {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ClientApp {

	}

	static class Listeners {

		final BlockingQueue<String> jobThreads = new LinkedBlockingQueue<>();

		final BlockingQueue<CompletableFuture<String>> gates = new LinkedBlockingQueue<>();

		final BlockingQueue<CompletableFuture<String>> held = new LinkedBlockingQueue<>();

		final AtomicInteger heldInvocations = new AtomicInteger();

		@ZmqRouterListener(endpoint = "direct-rpc", route = "thread", dispatch = "direct")
		String thread(String ignored) {
			return Thread.currentThread().getName();
		}

		@ZmqRouterListener(endpoint = "direct-rpc", route = "slow")
		String slow(String ignored) throws InterruptedException {
			Thread.sleep(150);
			return "slow";
		}

		@ZmqRouterListener(endpoint = "pooled-rpc", route = "thread")
		String pooledThread(String ignored) {
			return Thread.currentThread().getName();
		}

		@ZmqRouterListener(endpoint = "pooled-rpc", route = "echo")
		String echo(String text) {
			return text;
		}

		@ZmqRouterListener(endpoint = "pooled-rpc", route = "gate")
		CompletableFuture<String> gate(String ignored) {
			CompletableFuture<String> gate = new CompletableFuture<>();
			this.gates.add(gate);
			return gate;
		}

		@ZmqRouterListener(endpoint = "held-rpc", route = "held", concurrency = "4",
				dispatch = "${held.dispatch:direct}")
		CompletableFuture<String> held(String ignored) {
			this.heldInvocations.incrementAndGet();
			CompletableFuture<String> reply = new CompletableFuture<>();
			this.held.add(reply);
			return reply;
		}

		@ZmqPullListener(endpoint = "jobs")
		void job(String text) {
			this.jobThreads.add(Thread.currentThread().getName());
		}

	}

}
