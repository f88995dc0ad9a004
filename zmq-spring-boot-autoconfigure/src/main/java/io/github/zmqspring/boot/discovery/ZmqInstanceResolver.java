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

package io.github.zmqspring.boot.discovery;

import java.util.List;

/**
 * Finds the current instances of what an endpoint connects to, as ZeroMQ addresses. Asked
 * again on every refresh; it may block (a registry or DNS look-up), never on a socket
 * thread.
 *
 * @see ZmqEndpointDiscovery
 */
public interface ZmqInstanceResolver {

	/**
	 * What is looked up, for health and logs.
	 * @return a short description such as {@code service 'orders'}
	 */
	String description();

	/**
	 * Look the instances up now.
	 * @return the instances found
	 * @throws RuntimeException when the source cannot be asked now (registry or DNS
	 * down): the endpoint keeps the instances it knew
	 */
	Instances resolve();

	/**
	 * The result of one look-up.
	 *
	 * @param addresses the addresses to connect to, such as {@code tcp://10.0.0.7:5555}
	 * @param skipped the instances found but left out, each with the reason
	 */
	record Instances(List<String> addresses, List<String> skipped) {

		/**
		 * Copy the lists.
		 */
		public Instances {
			addresses = List.copyOf(addresses);
			skipped = List.copyOf(skipped);
		}

	}

}
