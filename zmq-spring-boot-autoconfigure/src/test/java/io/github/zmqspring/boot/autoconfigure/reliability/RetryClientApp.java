package io.github.zmqspring.boot.autoconfigure.reliability;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A client application whose {@link RetriedClient} talks to the endpoint {@code faulty}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class RetryClientApp {

	/**
	 * Idempotent echo calls with retries, and one without.
	 */
	@ZmqDealerClient(endpoint = "faulty")
	@ZmqRetry(maxRetries = "3", delay = "20ms")
	interface RetriedClient {

		@ZmqRoute("echo")
		String echo(String text);

		@ZmqRoute("echo")
		CompletableFuture<String> echoAsync(String text);

		@ZmqRoute("echo")
		Mono<String> echoMono(String text);

		@ZmqRoute("echo")
		@ZmqRetry(maxRetries = "0")
		String echoOnce(String text);

		@ZmqRoute("echo")
		@ZmqRetry(maxRetries = "0")
		CompletableFuture<String> echoAsyncOnce(String text);

		@ZmqRoute(value = "echo", timeout = "5s")
		@ZmqRetry(maxRetries = "0")
		String warmUp(String text);

	}

}
