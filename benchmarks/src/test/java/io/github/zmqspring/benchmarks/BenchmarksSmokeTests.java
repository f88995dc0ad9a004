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

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark once, briefly and in this JVM, so that none of them rots: each
 * must start its applications and sockets, complete its batches and stop again, and the
 * ratio table must read the result. The footprint measurement runs once per application.
 */
class BenchmarksSmokeTests {

	@ParameterizedTest
	@ValueSource(classes = { RequestReplyBenchmark.class, LatencyBenchmark.class, StreamBenchmark.class,
			OneWayBenchmark.class, ProxyBenchmark.class, BrokerBenchmark.class })
	void everyBenchmarkRunsOnce(Class<?> benchmark, @TempDir Path directory) throws RunnerException {
		File json = directory.resolve("results.json").toFile();
		Options options = new OptionsBuilder().include(benchmark.getName() + "\\.")
			.forks(0)
			.warmupIterations(0)
			.measurementIterations(1)
			.measurementTime(TimeValue.milliseconds(100))
			.shouldFailOnError(true)
			.resultFormat(ResultFormatType.JSON)
			.result(json.getPath())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		assertThat(results).isNotEmpty()
			.allSatisfy(
					(result) -> assertThat(result.getPrimaryResult().getScore()).as(result.getParams().getBenchmark())
						.isPositive());
		assertThat(Ratios.table(Ratios.read(json))).hasLineCount(results.size() + 2);
	}

	@Test
	void footprintMeasuresBothApplications() {
		Footprint.Sample plain = Footprint.measure(false);
		Footprint.Sample starter = Footprint.measure(true);
		assertThat(starter.threads()).isGreaterThan(plain.threads());
		assertThat(starter.startMillis()).isPositive();
		assertThat(plain.heapBytes()).isPositive();
	}

}
