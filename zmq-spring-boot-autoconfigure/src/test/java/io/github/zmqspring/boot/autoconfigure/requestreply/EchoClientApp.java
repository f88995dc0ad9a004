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

package io.github.zmqspring.boot.autoconfigure.requestreply;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.messaging.handler.annotation.Header;

/**
 * The client side of the request/reply tests: {@link EchoClient} is found by Boot's scan
 * of the application package.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class EchoClientApp {

	/**
	 * A client of the {@code rpc} ROUTER endpoint.
	 */
	@ZmqDealerClient(endpoint = "rpc-client")
	public interface EchoClient {

		@ZmqRoute("echo")
		String echo(String text);

		@ZmqRoute("echo")
		CompletableFuture<String> echoAsync(String text);

		@ZmqRoute("jitter")
		CompletableFuture<String> jitter(String text);

		@ZmqRoute("async")
		CompletableFuture<String> async(String text);

		@ZmqRoute("mono")
		Mono<String> mono(String text);

		@ZmqRoute("count")
		Flux<Integer> count(Integer n);

		@ZmqRoute("words")
		Flux<String> words(String sentence);

		@ZmqRoute("infinite")
		Flux<Integer> infinite();

		@ZmqRoute("fail")
		String fail(String text);

		@ZmqRoute(value = "sleep", timeout = "300ms")
		String sleep(Long millis);

		@ZmqRoute("missing")
		String missing(String text);

		@ZmqRoute("notify")
		void notify(String text);

		@ZmqRoute("whoami")
		String whoami(@Header("x-user") String user);

		@ZmqRoute("message")
		String message(String text);

		@ZmqRoute("range")
		List<Integer> range(Integer n);

		default String shout(String text) {
			return echo(text).toUpperCase();
		}

	}

	/**
	 * A client of the {@code lockstep} REP endpoint.
	 */
	@ZmqDealerClient(endpoint = "lockstep-client")
	public interface LockstepClient {

		String call(String text);

		@ZmqRoute("fail")
		String fail(String text);

	}

}
