/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

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
