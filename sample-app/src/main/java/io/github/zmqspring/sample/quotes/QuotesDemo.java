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

import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;
import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;

import org.springframework.stereotype.Component;

/**
 * Asks for a quote at startup and logs it.
 *
 * @param quotes the client of the quote service
 */
@Component
public record QuotesDemo(QuoteClient quotes) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		Quote quote = this.quotes.quote(QuoteRequest.newBuilder().setSymbol("EUR.USD").build());
		report.accept("ROUTER/DEALER Protobuf quote: " + quote.getSymbol() + " bid " + quote.getBidMicros() + " ask "
				+ quote.getAskMicros() + " (micros)");
	}

}
