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

import io.github.zmqspring.benchmarks.apps.Payloads;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scenario 7: asynchronous request/reply of 100 raw bytes with
 * {@value RequestReplyBenchmark#WINDOW} requests in flight, {@code @ZmqDealerClient} to
 * an echo, through a Majordomo broker ({@code zmq.brokers}; 100 MDP worker connections of
 * a {@code @ZmqWorker}, or of plain JeroMQ workers, see {@link BrokerRpc#worker}) against
 * the direct ROUTER/DEALER link of scenario 1 ({@code @ZmqRouterListener}). Scores are
 * round trips per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BrokerBenchmark {

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void asyncBytesBroker(BrokerRpc rpc) throws InterruptedException {
		StarterRpc.window(RequestReplyBenchmark.BATCH, RequestReplyBenchmark.WINDOW,
				(i) -> rpc.echo.bytes(Payloads.BYTES));
	}

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void asyncBytesDirect(StarterRpc rpc) throws InterruptedException {
		StarterRpc.window(RequestReplyBenchmark.BATCH, RequestReplyBenchmark.WINDOW,
				(i) -> rpc.echo.bytes(Payloads.BYTES));
	}

}
