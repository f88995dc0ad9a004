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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load through one {@code @ZmqRouterListener}, and the server stopped under load: every
 * request is answered once; a restart costs clients without retry only the requests in
 * flight at the cut, and costs clients with retry nothing; a graceful shutdown answers
 * every request the server accepted. Sizes come from the system properties
 * {@code reliability.clients} and {@code reliability.requests} (the {@code reliability}
 * Maven profile runs 50 × 20,000); results are printed as {@code [reliability] ...}
 * lines.
 */
class LoadIntegrationTests {

	private static final int CLIENTS = Integer.getInteger("reliability.clients", 10);

	private static final int REQUESTS = Integer.getInteger("reliability.requests", 2000);

	private static final int WINDOW = 50;

	private static final int RESTART_CLIENTS = 4;

	private static final int RESTART_WINDOW = 10;

	@Test
	void whenManyClientsSendConcurrentlyThenEveryRequestIsAnsweredOnce() throws Exception {
		try (ConfigurableApplicationContext server = TestApps.run(LoadServerApp.class,
				"zmq.endpoints.load.bind=tcp://127.0.0.1:*", "zmq.listener.concurrency=16");
				ConfigurableApplicationContext client = runClients(CLIENTS, TestApps.port(server, "load"))) {
			LoadDriver warmUp = new LoadDriver(client.getBean(ZmqOperations.class), CLIENTS, WINDOW);
			warmUp.run(100);
			long heapBefore = heapAfterGc();
			LoadDriver driver = new LoadDriver(client.getBean(ZmqOperations.class), CLIENTS, WINDOW);
			long start = System.nanoTime();
			long sent = driver.run(REQUESTS);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			long heapAfter = heapAfterGc();
			LoadServerApp.Echo echo = server.getBean(LoadServerApp.Echo.class);
			report("load %d clients x %d requests: %d answered, %d wrong, %d failed %s, server calls %d, %d ms, %.0f req/s, "
					+ "heap after GC %d MB -> %d MB", CLIENTS, REQUESTS, driver.succeeded.sum(), driver.wrong.sum(),
					driver.failed(), driver.failures, echo.calls.sum() - warmUp.succeeded.sum(), took.toMillis(),
					sent * 1e9 / took.toNanos(), heapBefore >> 20, heapAfter >> 20);
			assertThat(sent).isEqualTo((long) CLIENTS * REQUESTS);
			assertThat(driver.succeeded.sum()).isEqualTo(sent);
			assertThat(driver.wrong.sum()).isZero();
			assertThat(driver.failed()).isZero();
			assertThat(echo.calls.sum()).isEqualTo(sent + warmUp.succeeded.sum());
			assertThat(heapAfter - heapBefore).isLessThan(64L << 20);
		}
	}

	@Test
	void whenTheServerRestartsThenClientsWithoutRetryLoseOnlyTheRequestsInFlight() throws Exception {
		LoadDriver driver = restartUnderLoad("zmq.defaults.request-timeout=2s");
		assertThat(driver.wrong.sum()).isZero();
		assertThat(driver.failures.keySet()).isSubsetOf(Set.of("ZmqTimeoutException", "ZmqPeerLostException"));
		assertThat(driver.failed()).isLessThanOrEqualTo(RESTART_CLIENTS * RESTART_WINDOW);
	}

	@Test
	void whenTheServerRestartsThenClientsWithRetryLoseNothing() throws Exception {
		LoadDriver driver = restartUnderLoad("zmq.defaults.request-timeout=2s", "zmq.defaults.retry.max-retries=8",
				"zmq.defaults.retry.delay=50ms", "zmq.defaults.retry.max-delay=1s");
		assertThat(driver.wrong.sum()).isZero();
		assertThat(driver.failed()).isZero();
	}

	@Test
	void whenTheServerShutsDownUnderLoadThenEveryAcceptedRequestIsAnswered() throws Exception {
		int port = TestApps.freePort();
		ConfigurableApplicationContext server = runServer(port);
		LoadServerApp.Echo echo = server.getBean(LoadServerApp.Echo.class);
		try (ConfigurableApplicationContext client = runClients(RESTART_CLIENTS, port,
				"zmq.defaults.request-timeout=2s")) {
			LoadDriver driver = new LoadDriver(client.getBean(ZmqOperations.class), RESTART_CLIENTS, RESTART_WINDOW);
			Thread load = new Thread(() -> run(driver), "load");
			load.start();
			await().atMost(Duration.ofSeconds(20)).until(() -> driver.succeeded.sum() > 2000);
			server.close();
			driver.stop();
			load.join(30_000);
			report("graceful shutdown under load: server answered %d, clients got %d, failed %s", echo.calls.sum(),
					driver.succeeded.sum(), driver.failures);
			assertThat(driver.succeeded.sum()).isEqualTo(echo.calls.sum());
			assertThat(driver.wrong.sum()).isZero();
		}
		finally {
			server.close();
		}
	}

	private LoadDriver restartUnderLoad(String... clientProperties) throws Exception {
		int port = TestApps.freePort();
		ConfigurableApplicationContext server = runServer(port);
		try (ConfigurableApplicationContext client = runClients(RESTART_CLIENTS, port, clientProperties)) {
			LoadDriver driver = new LoadDriver(client.getBean(ZmqOperations.class), RESTART_CLIENTS, RESTART_WINDOW);
			Thread load = new Thread(() -> run(driver), "load");
			load.start();
			await().atMost(Duration.ofSeconds(20)).until(() -> driver.succeeded.sum() > 2000);
			server.close();
			long atCut = driver.succeeded.sum();
			long down = System.nanoTime();
			server = runServer(port);
			Duration downtime = Duration.ofNanos(System.nanoTime() - down);
			await().atMost(Duration.ofSeconds(30)).until(() -> driver.succeeded.sum() > atCut + 2000);
			driver.stop();
			load.join(30_000);
			report("restart under load (%s): server down %d ms, answered %d, failed %d %s",
					String.join(" ", clientProperties), downtime.toMillis(), driver.succeeded.sum(), driver.failed(),
					driver.failures);
			return driver;
		}
		finally {
			server.close();
		}
	}

	private static void run(LoadDriver driver) {
		try {
			driver.run(Integer.MAX_VALUE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext runServer(int port) {
		return TestApps.run(LoadServerApp.class, "zmq.endpoints.load.bind=tcp://127.0.0.1:" + port);
	}

	private static ConfigurableApplicationContext runClients(int clients, int port, String... properties) {
		List<String> all = new ArrayList<>(LoadDriver.clientProperties(clients, port));
		all.add("zmq.defaults.request-timeout=10s");
		all.addAll(List.of(properties));
		return TestApps.run(LoadClientApp.class, all.toArray(String[]::new));
	}

	private static long heapAfterGc() {
		AtomicLong used = new AtomicLong();
		for (int i = 0; i < 3; i++) {
			System.gc();
			used.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used.get();
	}

	static void report(String format, Object... args) {
		System.out.println("[reliability] " + String.format(format, args));
	}

}
