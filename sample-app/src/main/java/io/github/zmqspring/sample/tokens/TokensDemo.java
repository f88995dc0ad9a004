package io.github.zmqspring.sample.tokens;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Streams a completion at startup and logs how many tokens arrived and the text.
 *
 * @param inference the client of the token stream
 * @author zmq-spring-boot
 */
@Component
public record TokensDemo(InferenceClient inference) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		List<String> tokens = this.inference.generate(new Prompt("what is ZeroMQ?", 12))
			.collectList()
			.block(Duration.ofSeconds(10));
		report.accept("ROUTER/DEALER token stream (Flux): " + tokens.size() + " tokens: "
				+ String.join("", tokens).strip());
	}

}
