package io.github.zmqspring.boot.autoconfigure.reliability;

import java.util.concurrent.atomic.LongAdder;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server of the load tests: one ROUTER endpoint {@code load} echoing every request and
 * counting the calls.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class LoadServerApp {

	@Bean
	Echo echo() {
		return new Echo();
	}

	/**
	 * The listener.
	 */
	static class Echo {

		final LongAdder calls = new LongAdder();

		@ZmqRouterListener(endpoint = "load", route = "echo")
		String echo(String text) {
			this.calls.increment();
			return text;
		}

	}

}
