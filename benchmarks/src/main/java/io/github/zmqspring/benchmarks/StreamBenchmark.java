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

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scenario 4: a stream of {@value #ITEMS} 100-byte items per request, a {@code Flux} from
 * a {@code @ZmqRouterListener} to a {@code @ZmqDealerClient} against a ROUTER sending the
 * items by hand, and grpc-java's server stream ({@link GrpcRpc}). Scores are items per
 * second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamBenchmark {

	/** Items per stream. */
	public static final int ITEMS = 10_000;

	@Benchmark
	@OperationsPerInvocation(ITEMS)
	public long streamStarter(StarterRpc rpc) {
		return check(rpc.echo.stream(ITEMS).count().block());
	}

	@Benchmark
	@OperationsPerInvocation(ITEMS)
	public long streamGrpc(GrpcRpc rpc) {
		return check(rpc.stream(ITEMS).orTimeout(60, TimeUnit.SECONDS).join());
	}

	@Benchmark
	@OperationsPerInvocation(ITEMS)
	public long streamRaw(RawRpc rpc, Blackhole blackhole) {
		return check((long) RawRequestReply.stream(rpc.dealer, ITEMS, blackhole));
	}

	private static long check(Long items) {
		if (items == null || items != ITEMS) {
			throw new IllegalStateException("Stream ended after " + items + " of " + ITEMS + " items");
		}
		return items;
	}

}
