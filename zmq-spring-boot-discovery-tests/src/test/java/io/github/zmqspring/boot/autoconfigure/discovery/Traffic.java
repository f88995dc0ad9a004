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

package io.github.zmqspring.boot.autoconfigure.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.client.ZmqOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of the discovery tests, all in flight at once on the {@code orders-client}
 * endpoint, counted by the server that answered.
 */
final class Traffic {

	private final List<CompletableFuture<String>> replies = new ArrayList<>();

	private Traffic() {
	}

	/**
	 * Send requests without waiting for their replies.
	 * @param template the client's template
	 * @param count how many
	 * @return the requests in flight
	 */
	static Traffic send(ZmqOperations template, int count) {
		Traffic traffic = new Traffic();
		for (int i = 0; i < count; i++) {
			traffic.replies.add(template.requestAsync("orders-client", "who", "request-" + i, String.class));
		}
		return traffic;
	}

	/**
	 * Wait for every reply, failing on the first request that failed.
	 * @return how many requests each server answered
	 */
	Map<String, Integer> servedBy() {
		CompletableFuture.allOf(this.replies.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
		Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
		this.replies
			.forEach((reply) -> counts.computeIfAbsent(reply.join(), (name) -> new AtomicInteger()).incrementAndGet());
		Map<String, Integer> served = new ConcurrentHashMap<>();
		counts.forEach((name, count) -> served.put(name, count.get()));
		assertThat(served.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(this.replies.size());
		return served;
	}

}
