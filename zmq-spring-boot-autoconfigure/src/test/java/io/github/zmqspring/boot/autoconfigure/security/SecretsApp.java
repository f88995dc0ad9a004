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

package io.github.zmqspring.boot.autoconfigure.security;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of {@code docs/security.md}'s example: a CURVE server {@code orders}
 * and a PLAIN server {@code telemetry}, each echoing what it gets.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SecretsApp {

	@Bean
	Echo echo() {
		return new Echo();
	}

	/**
	 * The handlers.
	 */
	static class Echo {

		@ZmqRouterListener(endpoint = "orders")
		String orders(String text) {
			return "orders:" + text;
		}

		@ZmqRouterListener(endpoint = "telemetry")
		String telemetry(String text) {
			return "telemetry:" + text;
		}

	}

}
