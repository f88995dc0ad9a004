package io.github.zmqspring.benchmarks.apps.subscriber;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqSubListener;
import io.github.zmqspring.benchmarks.apps.Arrivals;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The receiving side of the one-way benchmarks: a SUB listener on {@code feed-in} and a
 * PULL listener on {@code work-in}, each counting what arrives.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SubscriberApp {

	@Bean
	Receivers receivers() {
		return new Receivers();
	}

	/**
	 * The listeners and their counters.
	 */
	public static class Receivers {

		/** Messages the SUB listener got. */
		public final Arrivals feed = new Arrivals();

		/** Messages the PULL listener got. */
		public final Arrivals work = new Arrivals();

		@ZmqSubListener(endpoint = "feed-in", topics = "feed")
		void feed(byte[] body) {
			this.feed.arrived();
		}

		@ZmqPullListener(endpoint = "work-in")
		void work(byte[] body) {
			this.work.arrived();
		}

	}

}
