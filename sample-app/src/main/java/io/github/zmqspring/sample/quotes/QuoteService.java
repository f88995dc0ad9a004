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

package io.github.zmqspring.sample.quotes;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;

import org.springframework.stereotype.Component;

/**
 * Serves quotes over ROUTER with Protobuf payloads: the converter is chosen by the
 * parameter and return types, which are generated Protobuf messages.
 */
@Component
public class QuoteService {

	@ZmqRouterListener(endpoint = "quotes", route = "quote")
	public Quote quote(QuoteRequest request) {
		long mid = 1_000_000L + Math.floorMod(request.getSymbol().hashCode(), 100_000);
		return Quote.newBuilder()
			.setSymbol(request.getSymbol())
			.setBidMicros(mid - 50)
			.setAskMicros(mid + 50)
			.setTimestampMillis(System.currentTimeMillis())
			.build();
	}

}
