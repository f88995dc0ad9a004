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

import org.jspecify.annotations.Nullable;

/**
 * A worker registered with a broker: its routing id, its service, when it counts as dead
 * and the request it holds. Lives on the broker's thread only.
 */
final class BrokerWorker {

	final byte[] identity;

	final String key;

	final BrokerService service;

	long expiry;

	@Nullable BrokerRequest request;

	BrokerWorker(byte[] identity, String key, BrokerService service, long expiry) {
		this.identity = identity;
		this.key = key;
		this.service = service;
		this.expiry = expiry;
	}

}
