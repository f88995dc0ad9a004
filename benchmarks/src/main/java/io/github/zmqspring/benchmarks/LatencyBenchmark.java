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
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scenario 3: one caller, one request at a time: the round trip of a blocking
 * {@code @ZmqDealerClient} call against a hand-written DEALER send and receive, and
 * grpc-java's blocking unary call ({@link GrpcRpc}). JMH's sample mode reports p50, p99
 * and p99.9.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LatencyBenchmark {

	@Benchmark
	public byte[] syncBytesStarter(StarterRpc rpc) {
		return rpc.echo.bytesAndWait(Payloads.BYTES);
	}

	@Benchmark
	public byte[] syncBytesGrpc(GrpcRpc rpc) {
		return rpc.call(Payloads.BYTES);
	}

	@Benchmark
	public byte[] syncBytesRaw(RawRpc rpc) {
		return RawRequestReply.call(rpc.dealer, Payloads.BYTES);
	}

}
