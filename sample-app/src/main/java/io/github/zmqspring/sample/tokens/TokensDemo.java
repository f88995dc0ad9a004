package io.github.zmqspring.sample.tokens;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Streams a completion at startup and logs how many tokens arrived and the text.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class TokensDemo implements ApplicationRunner {

	private final InferenceClient inference;

	private final DemoLog log;

	public TokensDemo(InferenceClient inference, DemoLog log) {
		this.inference = inference;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> tokens = this.inference.generate(new Prompt("what is ZeroMQ?", 12))
			.collectList()
			.block(Duration.ofSeconds(10));
		this.log.report("ROUTER/DEALER token stream (Flux): " + tokens.size() + " tokens: "
				+ String.join("", tokens).strip());
	}

}
