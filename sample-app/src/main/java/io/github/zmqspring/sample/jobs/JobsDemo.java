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

package io.github.zmqspring.sample.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Submits a few jobs at once through the queue proxy and logs which worker did them.
 *
 * @param jobs the client of the queue proxy
 */
@Component
public record JobsDemo(JobsClient jobs) implements Demo {

	private static final int JOBS = 6;

	@Override
	public void run(Consumer<String> report) {
		List<CompletableFuture<String>> replies = IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> this.jobs.submit("job-" + i))
			.toList();
		Map<String, Long> byWorker = new TreeMap<>(replies.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy((reply) -> reply.substring(0, reply.indexOf(' ')), Collectors.counting())));
		report.accept("queue proxy (DEALER -> ROUTER|DEALER -> REP): " + JOBS + " jobs answered by " + byWorker);
	}

}
