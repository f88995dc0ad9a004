package io.github.zmqspring.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Scenarios 5 and 6: 100-byte messages one way, PUB/SUB and PUSH/PULL, the starter's
 * annotated clients and listeners against raw JeroMQ and against Spring Integration's
 * {@code ZeroMqChannel}. A call sends {@value OneWay#BATCH} messages and waits until the
 * receiver counted them all; scores are messages per second.
 *
 * @author zmq-spring-boot
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OneWayBenchmark {

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void oneWayStarter(StarterOneWay link) {
		link.batch();
	}

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void oneWayRaw(RawOneWay link) {
		link.batch();
	}

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void oneWaySpringIntegration(SpringIntegrationOneWay link) {
		link.batch();
	}

}
