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

import io.github.zmqspring.benchmarks.apps.broker.BrokerApp;
import io.github.zmqspring.benchmarks.apps.brokerclient.BrokerClientApp;
import io.github.zmqspring.benchmarks.apps.brokerclient.BrokerEchoClient;
import io.github.zmqspring.benchmarks.apps.brokerworker.BrokerWorkerApp;
import io.github.zmqspring.benchmarks.apps.Payloads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The broker side of the broker benchmark: a broker from {@code zmq.brokers}, a
 * {@code @ZmqWorker} echo (or plain JeroMQ MDP workers, {@link RawMdpWorkers}) and a
 * {@code @ZmqDealerClient} naming the service, talking over TCP on 127.0.0.1.
 */
@State(Scope.Benchmark)
public class BrokerRpc {

	private ConfigurableApplicationContext broker;

	private ConfigurableApplicationContext workerApp;

	private RawMdpWorkers rawWorkers;

	private ConfigurableApplicationContext client;

	/** The client proxy. */
	public BrokerEchoClient echo;

	/**
	 * Whether an observation registry times the worker and the client, as in
	 * {@link StarterRpc}.
	 */
	@Param("false")
	public boolean observed;

	/**
	 * How many MDP worker connections the worker opens, each holding one request at a
	 * time.
	 */
	@Param("100")
	public int workers;

	/**
	 * Who serves the requests: a {@code @ZmqWorker} with {@code executor} or
	 * {@code direct} dispatch, or {@code raw} JeroMQ MDP workers (a thread and a tight
	 * loop per connection), which shows what the broker itself can do.
	 */
	@Param({ "executor", "direct", "raw" })
	public String worker;

	@Setup(Level.Trial)
	public void start() {
		this.broker = BenchApps.run(BrokerApp.class, "zmq.brokers.bench.bind=tcp://127.0.0.1:*",
				"zmq.brokers.bench.max-queued=" + RequestReplyBenchmark.WINDOW);
		String address = "tcp://127.0.0.1:" + BenchApps.port(this.broker, "bench");
		String observation = "bench.observed=" + this.observed;
		if ("raw".equals(this.worker)) {
			this.rawWorkers = new RawMdpWorkers(address, "echo", this.workers);
		}
		else {
			this.workerApp = BenchApps.run(BrokerWorkerApp.class, "bench.broker=" + address,
					"bench.worker-concurrency=" + this.workers, "bench.worker-dispatch=" + this.worker, observation);
		}
		this.client = BenchApps.run(BrokerClientApp.class, "zmq.endpoints.broker-client.connect=" + address,
				"zmq.endpoints.broker-client.service=echo", "zmq.endpoints.broker-client.request-timeout=10s",
				observation);
		this.echo = this.client.getBean(BrokerEchoClient.class);
		// retried until the worker registered: a request for a service without workers
		// waits in the broker
		this.echo.bytesAndWait(Payloads.BYTES);
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.client.close();
		if (this.rawWorkers != null) {
			this.rawWorkers.close();
		}
		else {
			this.workerApp.close();
		}
		this.broker.close();
	}

}
