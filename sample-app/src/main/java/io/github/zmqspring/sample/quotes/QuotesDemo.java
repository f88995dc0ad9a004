package io.github.zmqspring.sample.quotes;

import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(QuotesDemo.class);

	private final QuoteClient quotes;

	public QuotesDemo(QuoteClient quotes) {
		this.quotes = quotes;
	}

	@Override
	public void run(ApplicationArguments args) {
		Quote quote = this.quotes.quote(QuoteRequest.newBuilder().setSymbol("EUR.USD").build());
		logger.info("[demo] ROUTER/DEALER Protobuf quote: " + quote.getSymbol() + " bid " + quote.getBidMicros()
				+ " ask " + quote.getAskMicros() + " (micros)");
	}

}
