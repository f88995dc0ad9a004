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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.listener.ZmqListenerErrorHandler;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Listeners that fail: a ROUTER endpoint {@code orders} and a PULL endpoint {@code jobs},
 * both with a dead-letter endpoint, and one route whose error handler recovers.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DeadLetterApp {

	@Bean
	FailingListeners failingListeners() {
		return new FailingListeners();
	}

	@Bean
	ZmqListenerErrorHandler recoveringHandler() {
		return (failed) -> "recovered from " + failed.exception().getMessage();
	}

	/**
	 * The listener methods.
	 */
	static class FailingListeners {

		final Set<String> jobs = ConcurrentHashMap.newKeySet();

		@ZmqRouterListener(endpoint = "orders", route = "place")
		String place(String order) {
			throw new IllegalStateException("cannot place " + order);
		}

		@ZmqRouterListener(endpoint = "orders", route = "recover", errorHandler = "recoveringHandler")
		String recover(String order) {
			throw new IllegalStateException("glitch " + order);
		}

		@ZmqPullListener(endpoint = "jobs")
		void job(String job) {
			if (job.startsWith("bad")) {
				throw new IllegalArgumentException("bad job " + job);
			}
			this.jobs.add(job);
		}

	}

}
