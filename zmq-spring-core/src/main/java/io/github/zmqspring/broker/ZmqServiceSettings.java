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

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How a broker treats the requests of one service.
 *
 * @param maxQueued how many requests may wait for a worker; a request beyond it is
 * refused at once with status 429
 * @param maxWait how long a request may wait for a worker; past it the request fails with
 * status 504
 * @param idempotent whether a request whose worker died may be handed to another worker
 * (else it fails with status 502)
 */
public record ZmqServiceSettings(int maxQueued, Duration maxWait, boolean idempotent) {

	/**
	 * The settings of services nobody configured: 1000 queued, 10 s wait, not idempotent.
	 */
	public static final ZmqServiceSettings DEFAULTS = new ZmqServiceSettings(1000, Duration.ofSeconds(10), false);

	/**
	 * Check the settings.
	 * @param maxQueued how many requests may wait, at least 0
	 * @param maxWait how long a request may wait, positive
	 * @param idempotent whether requests may be executed twice
	 */
	public ZmqServiceSettings {
		Assert.isTrue(maxQueued >= 0, "'maxQueued' must not be negative");
		Assert.isTrue(maxWait != null && maxWait.compareTo(Duration.ZERO) > 0, "'maxWait' must be positive");
	}

}
