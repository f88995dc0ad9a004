package io.github.zmqspring.sample.quotes;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.sample.quotes.proto.Quote;
import io.github.zmqspring.sample.quotes.proto.QuoteRequest;

/**
 * The client of the quote service: Protobuf in, Protobuf out.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "quotes-client")
public interface QuoteClient {

	@ZmqRoute("quote")
	Quote quote(QuoteRequest request);

}
