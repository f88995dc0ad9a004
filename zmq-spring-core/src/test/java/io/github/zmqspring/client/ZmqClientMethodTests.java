package io.github.zmqspring.client;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ZmqClientMethod}.
 *
 * @author zmq-spring-boot
 */
class ZmqClientMethodTests {

	@Test
	void streamReturnTypeIsRejectedWithTheFluxToUseInstead() throws NoSuchMethodException {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ZmqClientMethod(Quotes.class.getMethod("history", String.class), "",
					Duration.ofSeconds(1), null))
			.withMessageContaining("Quotes.history(java.lang.String)")
			.withMessageContaining("streamed replies are returned as a Flux");
	}

	interface Quotes {

		Stream<String> history(String symbol);

	}

}
