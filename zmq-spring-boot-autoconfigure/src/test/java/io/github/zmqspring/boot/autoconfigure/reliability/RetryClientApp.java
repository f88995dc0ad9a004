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

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A client application whose {@link RetriedClient} talks to the endpoint {@code faulty}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class RetryClientApp {

	/**
	 * Idempotent echo calls with retries, and one without.
	 */
	@ZmqDealerClient(endpoint = "faulty")
	@ZmqRetry(maxRetries = "3", delay = "20ms")
	interface RetriedClient {

		@ZmqRoute("echo")
		String echo(String text);

		@ZmqRoute("echo")
		CompletableFuture<String> echoAsync(String text);

		@ZmqRoute("echo")
		Mono<String> echoMono(String text);

		@ZmqRoute("echo")
		@ZmqRetry(maxRetries = "0")
		String echoOnce(String text);

		@ZmqRoute("echo")
		@ZmqRetry(maxRetries = "0")
		CompletableFuture<String> echoAsyncOnce(String text);

		@ZmqRoute(value = "echo", timeout = "5s")
		@ZmqRetry(maxRetries = "0")
		String warmUp(String text);

	}

}
