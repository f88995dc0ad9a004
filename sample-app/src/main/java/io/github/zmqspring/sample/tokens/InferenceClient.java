package io.github.zmqspring.sample.tokens;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Flux;

/**
 * The client of the token stream: a {@link Flux} of tokens, as they are generated.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "inference-client")
public interface InferenceClient {

	@ZmqRoute("generate")
	Flux<String> generate(Prompt prompt);

}
