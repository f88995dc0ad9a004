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

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.zmqspring.annotation.ZmqSubListener;
import io.github.zmqspring.annotation.ZmqTopic;

import org.springframework.stereotype.Component;

/**
 * Subscribes to the euro ticks only: the {@code EUR.} topic prefix is filtered by ZeroMQ,
 * so other symbols never reach this service.
 */
@Component
public class TickBoard {

	private final Map<String, LongAdder> received = new ConcurrentHashMap<>();

	@ZmqSubListener(endpoint = "ticks", topics = "EUR.")
	public void onTick(Tick tick, @ZmqTopic String topic) {
		this.received.computeIfAbsent(topic, (key) -> new LongAdder()).increment();
	}

	/**
	 * @return how many ticks arrived, by symbol
	 */
	public Map<String, Long> received() {
		Map<String, Long> counts = new TreeMap<>();
		this.received.forEach((symbol, count) -> counts.put(symbol, count.sum()));
		return counts;
	}

}
