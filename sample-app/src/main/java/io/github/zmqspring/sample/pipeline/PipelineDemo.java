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

package io.github.zmqspring.sample.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Sends tasks through the ventilator, waits for the sink to have every result and logs
 * who did what.
 *
 * @param ventilator sends the tasks
 * @param sink collects the results
 */
@Component
public record PipelineDemo(Ventilator ventilator, Sink sink) implements Demo {

	private static final int TASKS = 20;

	private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

	@Override
	public void run(Consumer<String> report) throws InterruptedException {
		for (int i = 1; i <= TASKS; i++) {
			this.ventilator.push(new Task(i, i));
		}
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (this.sink.results().size() < TASKS && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		List<Result> results = this.sink.results();
		Map<String, Long> byWorker = new TreeMap<>(
				results.stream().collect(Collectors.groupingBy(Result::worker, Collectors.counting())));
		long sum = results.stream().mapToLong(Result::value).sum();
		report.accept("PUSH/PULL pipeline: " + TASKS + " tasks -> workers " + byWorker + " -> sink got "
				+ results.size() + " results, sum of squares " + sum);
	}

}
