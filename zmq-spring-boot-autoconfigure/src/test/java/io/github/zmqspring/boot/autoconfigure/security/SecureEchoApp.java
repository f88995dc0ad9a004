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

import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of the security tests: ROUTER listeners on a CURVE endpoint
 * ({@code secure}), a PLAIN endpoint ({@code plain}) and an unsecured one
 * ({@code clear}), each counting how often its handler ran, and a
 * {@code @ZmqDealerClient} of the CURVE one.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SecureEchoApp {

	@Bean
	EchoService echoService() {
		return new EchoService();
	}

	/**
	 * A client of the CURVE endpoint, through {@code zmq.endpoints.secure-client}.
	 */
	@ZmqDealerClient(endpoint = "secure-client")
	interface SecureClient {

		String echo(String text);

	}

	/**
	 * The handlers, with their invocation counts.
	 */
	static class EchoService {

		final AtomicInteger secure = new AtomicInteger();

		final AtomicInteger plain = new AtomicInteger();

		@ZmqRouterListener(endpoint = "secure")
		String secure(String text) {
			this.secure.incrementAndGet();
			return "echo:" + text;
		}

		@ZmqRouterListener(endpoint = "plain")
		String plain(String text) {
			this.plain.incrementAndGet();
			return "echo:" + text;
		}

		@ZmqRouterListener(endpoint = "clear")
		String clear(String text) {
			return "echo:" + text;
		}

	}

}
