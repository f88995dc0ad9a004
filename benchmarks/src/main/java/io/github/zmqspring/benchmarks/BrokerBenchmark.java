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
 * {@value RequestReplyBenchmark#WINDOW} requests in flight, {@code @ZmqDealerClient} to an
 * echo, through a Majordomo broker ({@code zmq.brokers}; 100 MDP worker connections of a
 * {@code @ZmqWorker}, or of plain JeroMQ workers, see {@link BrokerRpc#worker}) against the
 * direct ROUTER/DEALER link of scenario 1 ({@code @ZmqRouterListener}). Scores are round
 * trips per second.
 *
 * @author zmq-spring-boot
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BrokerBenchmark {

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void asyncBytesBroker(BrokerRpc rpc) throws InterruptedException {
		StarterRpc.window(RequestReplyBenchmark.BATCH, RequestReplyBenchmark.WINDOW, (i) -> rpc.echo.bytes(Payloads.BYTES));
	}

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void asyncBytesDirect(StarterRpc rpc) throws InterruptedException {
		StarterRpc.window(RequestReplyBenchmark.BATCH, RequestReplyBenchmark.WINDOW, (i) -> rpc.echo.bytes(Payloads.BYTES));
	}

}
