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

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a broker knows about one service, updated by the broker's thread and readable from
 * any thread: workers registered and idle, requests queued, and requests by outcome.
 */
public final class ZmqBrokerServiceStatistics {

	private final String service;

	private final Map<ZmqBrokerOutcome, LongAdder> outcomes = new EnumMap<>(ZmqBrokerOutcome.class);

	private volatile int workers;

	private volatile int idleWorkers;

	private volatile int queued;

	ZmqBrokerServiceStatistics(String service) {
		this.service = service;
		for (ZmqBrokerOutcome outcome : ZmqBrokerOutcome.values()) {
			this.outcomes.put(outcome, new LongAdder());
		}
	}

	void update(int workers, int idleWorkers, int queued) {
		this.workers = workers;
		this.idleWorkers = idleWorkers;
		this.queued = queued;
	}

	void ended(ZmqBrokerOutcome outcome) {
		this.outcomes.get(outcome).increment();
	}

	/**
	 * @return the service name
	 */
	public String getService() {
		return this.service;
	}

	/**
	 * @return how many workers are registered for the service
	 */
	public int getWorkers() {
		return this.workers;
	}

	/**
	 * @return how many of them wait for a request
	 */
	public int getIdleWorkers() {
		return this.idleWorkers;
	}

	/**
	 * @return how many requests wait for a worker
	 */
	public int getQueued() {
		return this.queued;
	}

	/**
	 * Return how many requests ended a given way.
	 * @param outcome the outcome
	 * @return the count since the broker was created
	 */
	public long getRequests(ZmqBrokerOutcome outcome) {
		return this.outcomes.get(outcome).sum();
	}

	@Override
	public String toString() {
		return "ZmqBrokerServiceStatistics[" + this.service + ", workers=" + this.workers + ", idle=" + this.idleWorkers
				+ ", queued=" + this.queued + "]";
	}

}
