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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import io.github.zmqspring.annotation.ZmqPairListener;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.annotation.ZmqSubListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The target of the framing attacks: one listener of every kind (endpoints
 * {@code router}, {@code rep}, {@code sub}, {@code pull}, {@code pair}; ROUTER and REP
 * echo, the one-way listeners put what they receive in {@link Listeners#received}) and,
 * when configured, a queue proxy in front of a REP worker ({@code worker}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class AttackTargetApp {

	@Bean
	Listeners listeners() {
		return new Listeners();
	}

	/**
	 * The listeners.
	 */
	static class Listeners {

		final BlockingQueue<String> received = new LinkedBlockingQueue<>();

		@ZmqRouterListener(endpoint = "router")
		String router(String body) {
			return body;
		}

		@ZmqRepListener(endpoint = "rep")
		String rep(String body) {
			return body;
		}

		@ZmqRepListener(endpoint = "worker")
		String worker(String body) {
			return body;
		}

		@ZmqSubListener(endpoint = "sub", topics = "probe")
		void sub(String body) {
			this.received.add(body);
		}

		@ZmqPullListener(endpoint = "pull")
		void pull(String body) {
			this.received.add(body);
		}

		@ZmqPairListener(endpoint = "pair")
		void pair(String body) {
			this.received.add(body);
		}

	}

}
