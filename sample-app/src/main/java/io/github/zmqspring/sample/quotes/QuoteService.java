package io.github.zmqspring.sample.quotes;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;

import org.springframework.stereotype.Component;

/**
 * Serves quotes over ROUTER with Protobuf payloads: the converter is chosen by the
 * parameter and return types, which are generated Protobuf messages.
 *
 * @author zmq-spring-boot
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
