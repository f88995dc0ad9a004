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

package io.github.zmqspring.benchmarks.apps.brokerworker;

import io.github.zmqspring.annotation.ZmqWorker;
import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The worker of the broker benchmark: echoes the {@code echo} service of the broker at
 * {@code bench.broker} over {@code bench.worker-concurrency} MDP worker connections, with
 * the dispatch {@code bench.worker-dispatch}. An MDP worker holds one request at a time,
 * so a worker's concurrency is what it has in flight; the direct link's listener
 * (concurrency 10) reads up to 256 more ahead.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class BrokerWorkerApp {

	@Bean
	EchoWorker echoWorker() {
		return new EchoWorker();
	}

	/**
	 * The echo worker.
	 */
	static class EchoWorker {

		@ZmqWorker(service = "echo", broker = "${bench.broker}", concurrency = "${bench.worker-concurrency}",
				dispatch = "${bench.worker-dispatch:executor}")
		byte[] bytes(byte[] body) {
			return body;
		}

	}

}
