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

import java.util.Locale;

/**
 * How a request that reached a broker ended, as counted in {@code zmq.broker.requests}.
 */
public enum ZmqBrokerOutcome {

	/** A worker sent the FINAL reply and the broker passed it on. */
	COMPLETED,

	/** Refused at once (status 429 queue full, 503 too many services). */
	REJECTED,

	/** No worker took it within the service's max wait (status 504). */
	EXPIRED,

	/** The worker holding it died or disconnected (status 502). */
	WORKER_LOST;

	/**
	 * The tag value used in metrics.
	 * @return the lower-case name with dashes
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
