package io.github.zmqspring.boot.autoconfigure.discovery;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A server of the discovery tests: a ROUTER endpoint {@code orders} whose {@code who}
 * route answers with the server's name, so that the client sees which instance served it.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DiscoveryServerApp {

	@Bean
	WhoService whoService(@Value("${test.server-name}") String name) {
		return new WhoService(name);
	}

	/**
	 * Answers with the server's name.
	 */
	static class WhoService {

		private final String name;

		WhoService(String name) {
			this.name = name;
		}

		@ZmqRouterListener(endpoint = "orders", route = "who")
		String who(String ignored) {
			return this.name;
		}

	}

}
