package io.github.zmqspring.sample.tokens;

import java.time.Duration;
import java.util.Arrays;

import io.github.zmqspring.annotation.ZmqRouterListener;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * Streams generated tokens one by one, the way an inference engine does: the method returns
 * a {@link Flux} and every element goes to the caller as soon as it is produced; a caller
 * that cancels stops the generation.
 *
 * @author zmq-spring-boot
 */
@Component
public class TokenStreamService {

	private static final Duration TOKEN_INTERVAL = Duration.ofMillis(20);

	@ZmqRouterListener(endpoint = "inference", route = "generate")
	public Flux<String> generate(Prompt prompt) {
		String[] words = ("ZeroMQ sockets carry messages between threads processes and machines; "
				+ "this answer to '" + prompt.text() + "' arrives one token at a time.")
			.split(" ");
		return Flux.fromIterable(Arrays.asList(words))
			.take(prompt.maxTokens())
			.map((word) -> word + " ")
			.delayElements(TOKEN_INTERVAL);
	}

}
