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

import java.util.concurrent.atomic.LongAdder;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server of the load tests: one ROUTER endpoint {@code load} echoing every request
 * and counting the calls.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class LoadServerApp {

	@Bean
	Echo echo() {
		return new Echo();
	}

	/**
	 * The listener.
	 */
	static class Echo {

		final LongAdder calls = new LongAdder();

		@ZmqRouterListener(endpoint = "load", route = "echo")
		String echo(String text) {
			this.calls.increment();
			return text;
		}

	}

}
