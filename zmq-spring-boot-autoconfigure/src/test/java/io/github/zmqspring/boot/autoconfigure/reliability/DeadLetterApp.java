package io.github.zmqspring.boot.autoconfigure.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.listener.ZmqListenerErrorHandler;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Listeners that fail: a ROUTER endpoint {@code orders} and a PULL endpoint {@code jobs},
 * both with a dead-letter endpoint, and one route whose error handler recovers.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DeadLetterApp {

	@Bean
	FailingListeners failingListeners() {
		return new FailingListeners();
	}

	@Bean
	ZmqListenerErrorHandler recoveringHandler() {
		return (failed) -> "recovered from " + failed.exception().getMessage();
	}

	/**
	 * The listener methods.
	 */
	static class FailingListeners {

		final Set<String> jobs = ConcurrentHashMap.newKeySet();

		@ZmqRouterListener(endpoint = "orders", route = "place")
		String place(String order) {
			throw new IllegalStateException("cannot place " + order);
		}

		@ZmqRouterListener(endpoint = "orders", route = "recover", errorHandler = "recoveringHandler")
		String recover(String order) {
			throw new IllegalStateException("glitch " + order);
		}

		@ZmqPullListener(endpoint = "jobs")
		void job(String job) {
			if (job.startsWith("bad")) {
				throw new IllegalArgumentException("bad job " + job);
			}
			this.jobs.add(job);
		}

	}

}
