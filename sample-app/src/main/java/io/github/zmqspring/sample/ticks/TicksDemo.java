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

package io.github.zmqspring.sample.ticks;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Waits until the euro subscriber has seen a few ticks from the {@link Ticker} (a
 * subscription takes a moment to reach the publisher: the slow joiner), then logs what it
 * got.
 *
 * @param ticker publishes the ticks
 * @param board the euro subscriber
 */
@Component
public record TicksDemo(Ticker ticker, TickBoard board) implements Demo {

	private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

	@Override
	public void run(Consumer<String> report) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (total(this.board.received()) < 4 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		report.accept("PUB/SUB ticks, subscribed to 'EUR.': " + this.ticker.rounds() + " rounds of " + Ticker.SYMBOLS
				+ " published, received " + this.board.received() + " (no USD.JPY: filtered by topic)");
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
