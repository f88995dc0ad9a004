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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.zmqspring.annotation.ZmqIdentity;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.listener.ZmqHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Headers;

/**
 * The server side of the request/reply tests: one ROUTER endpoint {@code rpc} serving
 * several routes, and one REP endpoint {@code lockstep}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class EchoServerApp {

	@Bean
	EchoService echoService() {
		return new EchoService();
	}

	/**
	 * The listener methods, recording what they saw.
	 */
	static class EchoService {

		final AtomicInteger active = new AtomicInteger();

		final AtomicInteger maxActive = new AtomicInteger();

		final Set<String> notifications = ConcurrentHashMap.newKeySet();

		final CountDownLatch infiniteCancelled = new CountDownLatch(1);

		final AtomicInteger infiniteEmitted = new AtomicInteger();

		@ZmqRouterListener(endpoint = "rpc", route = "echo", concurrency = "${test.concurrency:8}")
		String echo(String text) {
			return "echo:" + text;
		}

		@ZmqRouterListener(endpoint = "rpc")
		String plain(byte[] body) {
			return "plain:" + new String(body, StandardCharsets.UTF_8);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "jitter")
		String jitter(String text) throws InterruptedException {
			int now = this.active.incrementAndGet();
			this.maxActive.accumulateAndGet(now, Math::max);
			try {
				Thread.sleep(ThreadLocalRandom.current().nextInt(3));
				return "echo:" + text;
			}
			finally {
				this.active.decrementAndGet();
			}
		}

		@ZmqRouterListener(endpoint = "rpc", route = "async")
		CompletableFuture<String> async(String text) {
			return CompletableFuture.supplyAsync(() -> "async:" + text);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "mono")
		Mono<String> mono(String text) {
			return Mono.just("mono:" + text).delayElement(Duration.ofMillis(5));
		}

		@ZmqRouterListener(endpoint = "rpc", route = "count")
		Flux<Integer> count(Integer n) {
			return Flux.range(0, n);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "words")
		Stream<String> words(String sentence) {
			return Stream.of(sentence.split(" "));
		}

		@ZmqRouterListener(endpoint = "rpc", route = "infinite")
		Flux<Integer> infinite() {
			return Flux.interval(Duration.ofMillis(2))
				.map((tick) -> this.infiniteEmitted.incrementAndGet())
				.doOnCancel(this.infiniteCancelled::countDown);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "fail")
		String fail(String text) {
			throw new IllegalStateException("boom: " + text);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "sleep")
		String sleep(Long millis) throws InterruptedException {
			Thread.sleep(millis);
			return "slept " + millis;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "notify")
		void notify(String text) {
			this.notifications.add(text);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "whoami")
		String whoami(@ZmqIdentity byte[] identity, @Header("x-user") String user) {
			return user + "@" + identity.length;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "message")
		String message(Message<String> message, @Headers Map<String, Object> headers) {
			return message.getPayload() + "@" + message.getHeaders().get(ZmqHeaders.ROUTE) + " corr="
					+ (headers.get(ZmqHeaders.CORRELATION_ID) != null);
		}

		@ZmqRouterListener(endpoint = "rpc", route = "range")
		List<Integer> range(Integer n) {
			return IntStream.range(0, n).boxed().toList();
		}

		@ZmqRepListener(endpoint = "lockstep")
		String lockstep(String text) {
			return "rep:" + text;
		}

		@ZmqRepListener(endpoint = "lockstep", route = "fail")
		String lockstepFail(String text) {
			throw new IllegalArgumentException("bad " + text);
		}

	}

}
