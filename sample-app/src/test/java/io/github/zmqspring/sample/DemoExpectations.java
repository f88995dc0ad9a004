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

package io.github.zmqspring.sample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sample's demos report when every pattern works: shared by the test that starts
 * the sample in this JVM and the one that starts its jar.
 */
final class DemoExpectations {

	private DemoExpectations() {
	}

	/**
	 * Assert that the given text (the demo lines, or the whole log) shows every demo's
	 * result.
	 * @param lines the text to look in
	 */
	static void assertEveryDemoWorked(String lines) {
		assertThat(lines).contains("ROUTER/DEALER request/reply (JSON): placed ZMQ-BOOK as ord-")
			.contains("ROUTER/DEALER invalid order refused: status 400")
			.contains("ROUTER/DEALER Protobuf quote: EUR.USD bid ")
			.contains("ROUTER/DEALER token stream (Flux): 12 tokens: ZeroMQ sockets carry messages")
			.containsPattern("PUB/SUB ticks, subscribed to 'EUR.': \\d+ rounds of .* received \\{EUR.GBP=\\d+, "
					+ "EUR.USD=\\d+\\} \\(no USD.JPY")
			.contains("PUSH/PULL pipeline: 20 tasks -> workers")
			.contains("sink got 20 results, sum of squares 2870")
			.containsPattern("queue proxy \\(DEALER -> ROUTER\\|DEALER -> REP\\): 6 jobs answered by "
					+ "\\{job-worker-\\d=\\d(, job-worker-2=\\d)?\\}")
			.contains("CURVE-secured ROUTER/DEALER (authenticated, encrypted): balance of ACC-1 is 1234.56")
			.containsPattern("Majordomo broker \\(MDP/0.2, service 'render'\\): 20 jobs spread by readiness over a "
					+ "slow and a fast worker: \\{fast-worker=(19|20)(, slow-worker=1)?\\}");
	}

}
