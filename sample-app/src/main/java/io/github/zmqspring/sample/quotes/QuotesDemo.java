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
 * @author zmq-spring-boot
 */
@Component
public record QuotesDemo(QuoteClient quotes) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		Quote quote = this.quotes.quote(QuoteRequest.newBuilder().setSymbol("EUR.USD").build());
		report.accept("ROUTER/DEALER Protobuf quote: " + quote.getSymbol() + " bid " + quote.getBidMicros()
				+ " ask " + quote.getAskMicros() + " (micros)");
	}

}
