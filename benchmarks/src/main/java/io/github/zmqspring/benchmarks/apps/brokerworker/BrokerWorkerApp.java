package io.github.zmqspring.benchmarks.apps.brokerworker;

import io.github.zmqspring.annotation.ZmqWorker;
import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The worker of the broker benchmark: echoes the {@code echo} service of the broker at
 * {@code bench.broker} over {@code bench.worker-concurrency} MDP worker connections, with the
 * dispatch {@code bench.worker-dispatch}. An MDP worker holds one request at a
 * time, so a worker's concurrency is what it has in flight; the direct link's listener
 * (concurrency 10) reads up to 256 more ahead.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class BrokerWorkerApp {

	@Bean
	EchoWorker echoWorker() {
		return new EchoWorker();
	}

	/**
	 * The echo worker.
	 */
	static class EchoWorker {

		@ZmqWorker(service = "echo", broker = "${bench.broker}", concurrency = "${bench.worker-concurrency}",
				dispatch = "${bench.worker-dispatch:executor}")
		byte[] bytes(byte[] body) {
			return body;
		}

	}

}
