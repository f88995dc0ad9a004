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

package io.github.zmqspring.sample.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Sends twenty jobs at once through the Majordomo broker and logs which worker did them:
 * the broker hands a job only to a ready worker, so the slow one does one at most.
 *
 * @param render the client of the {@code render} service
 * @param registry the endpoints, to wait until both workers registered with the broker
 */
@Component
public record RenderDemo(RenderClient render, ZmqEndpointRegistry registry) implements Demo {

	private static final int JOBS = 20;

	@Override
	public void run(Consumer<String> report) throws InterruptedException {
		awaitWorkers();
		List<CompletableFuture<String>> replies = IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> this.render.render("job-" + i))
			.toList();
		Map<String, Long> byWorker = new TreeMap<>(replies.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy((worker) -> worker, Collectors.counting())));
		report.accept("Majordomo broker (MDP/0.2, service 'render'): " + JOBS
				+ " jobs spread by readiness over a slow and a fast worker: " + byWorker);
	}

	/** The workers register with READY right after startup; give them a moment. */
	private void awaitWorkers() throws InterruptedException {
		ZmqBroker broker = (ZmqBroker) this.registry.getRequiredEndpoint("main");
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < deadline && broker.getServices()
			.stream()
			.noneMatch((service) -> service.getService().equals("render") && service.getWorkers() == 2)) {
			Thread.sleep(20);
		}
	}

}
