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

package io.github.zmqspring.boot.actuate.web;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A web application with Actuator, Prometheus and Brave tracing, serving a ROUTER
 * endpoint and calling it through a {@code @ZmqDealerClient}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ObservabilityApp {

	@Bean
	QuoteService quoteService(Tracer tracer) {
		return new QuoteService(tracer);
	}

	/**
	 * The server: one route per outcome.
	 */
	static class QuoteService {

		private final Tracer tracer;

		QuoteService(Tracer tracer) {
			this.tracer = tracer;
		}

		@ZmqRouterListener(endpoint = "quotes", route = "ok")
		String ok(String symbol) {
			return symbol + "=42";
		}

		@ZmqRouterListener(endpoint = "quotes", route = "boom")
		String boom(String symbol) {
			throw new IllegalStateException("no quote for " + symbol);
		}

		@ZmqRouterListener(endpoint = "quotes", route = "slow")
		String slow(String symbol) throws InterruptedException {
			Thread.sleep(600);
			return symbol;
		}

		@ZmqRouterListener(endpoint = "quotes", route = "typed")
		String typed(Quote quote) {
			return quote.symbol();
		}

		@ZmqRouterListener(endpoint = "quotes", route = "trace")
		String trace(String ignored) {
			Span span = this.tracer.currentSpan();
			return (span != null) ? span.context().traceId() : "none";
		}

	}

	/**
	 * A payload the server reads as JSON.
	 *
	 * @param symbol the symbol
	 */
	record Quote(String symbol) {
	}

	/**
	 * The client.
	 */
	@ZmqDealerClient(endpoint = "quotes-client")
	interface QuoteClient {

		@ZmqRoute(value = "ok", timeout = "10s")
		String ok(String symbol);

		@ZmqRoute("boom")
		String boom(String symbol);

		@ZmqRoute(value = "slow", timeout = "150ms")
		String slow(String symbol);

		@ZmqRoute("trace")
		String trace(String ignored);

	}

}
