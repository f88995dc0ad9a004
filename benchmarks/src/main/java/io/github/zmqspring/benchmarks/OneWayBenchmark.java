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

/**
 * Scenarios 5 and 6: 100-byte messages one way, PUB/SUB and PUSH/PULL, the starter's
 * annotated clients and listeners against raw JeroMQ and against Spring Integration's
 * {@code ZeroMqChannel}. A call sends {@value OneWay#BATCH} messages and waits until the
 * receiver counted them all; scores are messages per second.
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
