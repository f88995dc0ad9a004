package io.github.zmqspring.sample.quotes;

import io.github.zmqspring.sample.DemoLog;
import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Asks for a quote at startup and logs it.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class QuotesDemo implements ApplicationRunner {

	private final QuoteClient quotes;

	private final DemoLog log;

	public QuotesDemo(QuoteClient quotes, DemoLog log) {
		this.quotes = quotes;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		Quote quote = this.quotes.quote(QuoteRequest.newBuilder().setSymbol("EUR.USD").build());
		this.log.report("ROUTER/DEALER Protobuf quote: " + quote.getSymbol() + " bid " + quote.getBidMicros()
				+ " ask " + quote.getAskMicros() + " (micros)");
	}

}
