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

package io.github.zmqspring.benchmarks;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import io.github.zmqspring.benchmarks.apps.rpcclient.EchoClient;
import io.github.zmqspring.benchmarks.apps.rpcclient.RpcClientApp;
import io.github.zmqspring.benchmarks.apps.rpcserver.RpcServerApp;
import io.github.zmqspring.benchmarks.apps.Payloads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter's side of the request/reply benchmarks: an echo server application and a
 * client application talking over TCP on 127.0.0.1.
 */
@State(Scope.Benchmark)
public class StarterRpc {

	private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

	private ConfigurableApplicationContext server;

	private ConfigurableApplicationContext client;

	/** The client proxy. */
	public EchoClient echo;

	/**
	 * Where both applications run handlers and reply completions
	 * ({@code zmq.defaults.dispatch}): {@code executor} (the default) or {@code direct}
	 * (the socket threads).
	 */
	@Param({ "executor", "direct" })
	public String dispatch;

	/**
	 * Whether an observation registry times both sides (run with
	 * {@code -p observed=false,true}).
	 */
	@Param("false")
	public boolean observed;

	@Setup(Level.Trial)
	public void start() {
		String observation = "bench.observed=" + this.observed;
		String dispatch = "zmq.defaults.dispatch=" + this.dispatch;
		this.server = BenchApps.run(RpcServerApp.class, "zmq.endpoints.rpc.bind=tcp://127.0.0.1:*", observation,
				dispatch);
		this.client = BenchApps.run(RpcClientApp.class,
				"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + BenchApps.port(this.server, "rpc"),
				"zmq.endpoints.rpc-client.request-timeout=10s", observation, dispatch);
		this.echo = this.client.getBean(EchoClient.class);
		// the first request on a fresh connection may wait for JeroMQ's handshake
		// recovery
		this.echo.bytesAndWait(Payloads.BYTES);
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.client.close();
		this.server.close();
	}

	/**
	 * Make {@code batch} asynchronous calls with at most {@code window} in flight.
	 * @param batch how many calls
	 * @param window how many in flight at most
	 * @param call makes call number i
	 * @throws InterruptedException when interrupted
	 */
	public static void window(int batch, int window, IntFunction<CompletableFuture<?>> call)
			throws InterruptedException {
		Semaphore permits = new Semaphore(window);
		CountDownLatch done = new CountDownLatch(batch);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		for (int i = 0; i < batch; i++) {
			permits.acquire();
			call.apply(i).whenComplete((reply, error) -> {
				if (error != null) {
					failure.compareAndSet(null, error);
				}
				permits.release();
				done.countDown();
			});
		}
		if (!done.await(BATCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException(done.getCount() + " replies missing after " + BATCH_TIMEOUT);
		}
		if (failure.get() != null) {
			throw new IllegalStateException("A call failed", failure.get());
		}
	}

}
