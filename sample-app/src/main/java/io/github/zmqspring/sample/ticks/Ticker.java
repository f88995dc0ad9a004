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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes a tick for each of three symbols every few hundred milliseconds (a random
 * walk), for the sample's own subscriber and any other one, such as
 * {@code clients/ticks_subscriber.py}.
 */
@Component
public class Ticker {

	static final List<String> SYMBOLS = List.of("EUR.USD", "USD.JPY", "EUR.GBP");

	private final TickPublisher publisher;

	private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();

	private final AtomicLong rounds = new AtomicLong();

	public Ticker(TickPublisher publisher) {
		this.publisher = publisher;
	}

	@Scheduled(fixedRateString = "${sample.ticker.interval:200ms}")
	public void publishRound() {
		for (String symbol : SYMBOLS) {
			BigDecimal step = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(-5, 6), 4);
			BigDecimal price = this.prices.merge(symbol, BigDecimal.ONE.add(step), (last, ignored) -> last.add(step))
				.setScale(4, RoundingMode.HALF_UP);
			this.publisher.publish(symbol, new Tick(symbol, price));
		}
		this.rounds.incrementAndGet();
	}

	/**
	 * @return how many rounds were published
	 */
	public long rounds() {
		return this.rounds.get();
	}

}
