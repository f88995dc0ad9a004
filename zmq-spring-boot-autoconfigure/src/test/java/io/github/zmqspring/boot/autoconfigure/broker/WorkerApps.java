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

package io.github.zmqspring.boot.autoconfigure.broker;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.annotation.ZmqWorker;
import reactor.core.publisher.Flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Applications of the broker tests: a broker alone, workers, and four workers of one
 * service of which one is slow. Workers find the broker through the endpoint {@code mdp}.
 */
public final class WorkerApps {

	private WorkerApps() {
	}

	/** A broker and nothing else (from {@code zmq.brokers.*}). */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class BrokerApp {

	}

	/**
	 * Workers of the services {@code echo}, {@code tokens}, {@code thread} (direct
	 * dispatch) and {@code fail}.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class EchoWorkerApp {

		@Bean
		EchoWorkers echoWorkers() {
			return new EchoWorkers();
		}

	}

	/**
	 * Four workers of the service {@code lb}: one takes 2 s per request, three take 10
	 * ms.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	public static class LoadBalancingApp {

		@Bean
		BalancedWorkers balancedWorkers() {
			return new BalancedWorkers();
		}

	}

	static class EchoWorkers {

		final AtomicInteger served = new AtomicInteger();

		@ZmqWorker(service = "echo", broker = "mdp", concurrency = "2")
		String echo(String body) {
			this.served.incrementAndGet();
			return "echo:" + body;
		}

		@ZmqWorker(service = "tokens", broker = "mdp")
		Flux<String> tokens(String prompt) {
			return Flux.fromArray(prompt.split(" "));
		}

		@ZmqWorker(service = "thread", broker = "mdp", dispatch = "${test.worker-dispatch:direct}")
		String thread(String body) {
			return Thread.currentThread().getName();
		}

		@ZmqWorker(service = "fail", broker = "mdp")
		String fail(String body) {
			throw new IllegalStateException("cannot do " + body);
		}

	}

	static class BalancedWorkers {

		final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

		@ZmqWorker(service = "lb", broker = "mdp")
		String slow(String body) throws InterruptedException {
			return serve("slow", 2000);
		}

		@ZmqWorker(service = "lb", broker = "mdp")
		String fast1(String body) throws InterruptedException {
			return serve("fast1", 10);
		}

		@ZmqWorker(service = "lb", broker = "mdp")
		String fast2(String body) throws InterruptedException {
			return serve("fast2", 10);
		}

		@ZmqWorker(service = "lb", broker = "mdp")
		String fast3(String body) throws InterruptedException {
			return serve("fast3", 10);
		}

		private String serve(String worker, long millis) throws InterruptedException {
			this.served.computeIfAbsent(worker, (key) -> new AtomicInteger()).incrementAndGet();
			Thread.sleep(millis);
			return worker;
		}

	}

}
