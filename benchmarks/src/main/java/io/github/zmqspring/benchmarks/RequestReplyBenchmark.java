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

import io.github.zmqspring.benchmarks.proto.ProtoTick;
import io.github.zmqspring.benchmarks.apps.Payloads;
import io.github.zmqspring.benchmarks.apps.Tick;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scenarios 1 and 2: asynchronous request/reply with {@value #WINDOW} requests in flight,
 * {@code @ZmqDealerClient} returning {@code CompletableFuture} to a
 * {@code @ZmqRouterListener} echo against a hand-written DEALER/ROUTER echo, with 100 raw
 * bytes, a small JSON record and a small Protobuf message, and for bytes grpc-java's
 * asynchronous unary call ({@link GrpcRpc}). Scores are round trips per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RequestReplyBenchmark {

	/** Round trips per benchmark call. */
	public static final int BATCH = 10_000;

	/** Requests in flight at most. */
	public static final int WINDOW = 1_000;

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncBytesStarter(StarterRpc rpc) throws InterruptedException {
		StarterRpc.window(BATCH, WINDOW, (i) -> rpc.echo.bytes(Payloads.BYTES));
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncBytesRaw(RawRpc rpc, Blackhole blackhole) {
		RawRequestReply.window(rpc.dealer, RawRequestReply.BYTES, BATCH, WINDOW, () -> Payloads.BYTES, (reply) -> reply,
				blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncBytesGrpc(GrpcRpc rpc) throws InterruptedException {
		StarterRpc.window(BATCH, WINDOW, (i) -> rpc.echo(Payloads.BYTES));
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncJsonStarter(StarterRpc rpc) throws InterruptedException {
		StarterRpc.window(BATCH, WINDOW, (i) -> rpc.echo.json(Payloads.TICK));
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncJsonRaw(RawRpc rpc, Blackhole blackhole) {
		RawRequestReply.window(rpc.dealer, RawRequestReply.JSON, BATCH, WINDOW,
				() -> RawRequestReply.MAPPER.writeValueAsBytes(Payloads.TICK),
				(reply) -> RawRequestReply.MAPPER.readValue(reply, Tick.class), blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncProtobufStarter(StarterRpc rpc) throws InterruptedException {
		StarterRpc.window(BATCH, WINDOW, (i) -> rpc.echo.protobuf(Payloads.PROTO_TICK));
	}

	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void asyncProtobufRaw(RawRpc rpc, Blackhole blackhole) {
		RawRequestReply.window(rpc.dealer, RawRequestReply.PROTOBUF, BATCH, WINDOW, Payloads.PROTO_TICK::toByteArray,
				RawRequestReply::parse, blackhole);
	}

}
