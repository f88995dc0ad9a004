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

package io.github.zmqspring.boot.autoconfigure.discovery;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A server of the discovery tests: a ROUTER endpoint {@code orders} whose {@code who}
 * route answers with the server's name, so that the client sees which instance served it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DiscoveryServerApp {

	@Bean
	WhoService whoService(@Value("${test.server-name}") String name) {
		return new WhoService(name);
	}

	/**
	 * Answers with the server's name.
	 */
	static class WhoService {

		private final String name;

		WhoService(String name) {
			this.name = name;
		}

		@ZmqRouterListener(endpoint = "orders", route = "who")
		String who(String ignored) {
			return this.name;
		}

	}

}
