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

package io.github.zmqspring.broker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A service known to a broker: its settings, its requests waiting for a worker (oldest
 * first) and its idle workers (least recently used first). Lives on the broker's thread;
 * its {@link ZmqBrokerServiceStatistics} are what other threads read.
 */
final class BrokerService {

	final String name;

	final byte[] nameBytes;

	final ZmqServiceSettings settings;

	final Deque<BrokerRequest> requests = new ArrayDeque<>();

	final Deque<BrokerWorker> idle = new ArrayDeque<>();

	final ZmqBrokerServiceStatistics statistics;

	int workers;

	BrokerService(String name, ZmqServiceSettings settings) {
		this.name = name;
		this.nameBytes = name.getBytes(StandardCharsets.US_ASCII);
		this.settings = settings;
		this.statistics = new ZmqBrokerServiceStatistics(name);
	}

	/** Publish the current counts to the statistics. */
	void publish() {
		this.statistics.update(this.workers, this.idle.size(), this.requests.size());
	}

}
