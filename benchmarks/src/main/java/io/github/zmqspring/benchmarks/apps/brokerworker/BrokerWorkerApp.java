package io.github.zmqspring.benchmarks.apps.brokerworker;

import io.github.zmqspring.annotation.ZmqWorker;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The worker of the broker benchmark: echoes the {@code echo} service of the broker at
 * {@code bench.broker}, with the same concurrency as the direct link's listener.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BrokerWorkerApp {

	@Bean
	EchoWorker echoWorker() {
		return new EchoWorker();
	}

	/**
	 * The echo worker.
	 */
	static class EchoWorker {

		@ZmqWorker(service = "echo", broker = "${bench.broker}", concurrency = "${zmq.listener.concurrency:10}")
		byte[] bytes(byte[] body) {
			return body;
		}

	}

}
