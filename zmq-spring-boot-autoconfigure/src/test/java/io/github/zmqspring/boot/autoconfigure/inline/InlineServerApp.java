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

package io.github.zmqspring.boot.autoconfigure.inline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server side of the inline client tests: a ROUTER listener {@code greeter} and a
 * PULL listener {@code tasks}, both bound inline to random ports.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class InlineServerApp {

	@Bean
	Greeter greeter() {
		return new Greeter();
	}

	/**
	 * The listeners, recording the pushed tasks.
	 */
	static class Greeter {

		final List<String> tasks = new CopyOnWriteArrayList<>();

		@ZmqRouterListener(id = "greeter", bind = "tcp://127.0.0.1:*", route = "greet")
		String greet(String name) {
			return "hello " + name;
		}

		@ZmqPullListener(id = "tasks", bind = "tcp://127.0.0.1:*")
		void task(String task) {
			this.tasks.add(task);
		}

	}

}
