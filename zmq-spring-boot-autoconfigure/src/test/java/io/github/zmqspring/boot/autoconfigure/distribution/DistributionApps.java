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

package io.github.zmqspring.boot.autoconfigure.distribution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPairListener;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqSubListener;
import io.github.zmqspring.annotation.ZmqTopic;
import io.github.zmqspring.client.ZmqOperations;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.handler.annotation.Header;

/**
 * The applications of the distribution tests: a weather station and its subscribers, a
 * ventilator, workers and a sink, and a PAIR pair.
 */
final class DistributionApps {

	private DistributionApps() {
	}

	static ConfigurableApplicationContext run(Class<?> configuration, String... properties) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	static int port(ConfigurableApplicationContext context, String endpoint) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.zmq." + endpoint + ".port"));
	}

	/**
	 * A weather update.
	 *
	 * @param zip the area
	 * @param temperature degrees Celsius
	 */
	record Weather(String zip, int temperature) {
	}

	/**
	 * A task and its result in the pipeline.
	 *
	 * @param id the task id
	 * @param worker the worker that did it, empty for a task not done yet
	 */
	record Task(int id, String worker) {
	}

	/**
	 * Publishes weather updates: the interface is found by the application scan.
	 */
	@ZmqPubClient(endpoint = "weather-out")
	public interface WeatherPublisher {

		void publish(@ZmqTopic String zip, Weather update);

		@ZmqTopic("alerts")
		void alert(String text, @Header("level") String level);

	}

	/**
	 * Pushes tasks to the workers.
	 */
	@ZmqPushClient(endpoint = "tasks-out")
	public interface Ventilator {

		void push(Task task);

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class PublisherApp {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SubscriberApp {

		@Bean
		WeatherBoard weatherBoard() {
			return new WeatherBoard();
		}

	}

	/**
	 * Subscribes to the updates of one area and to alerts.
	 */
	static class WeatherBoard {

		final List<String> topics = new CopyOnWriteArrayList<>();

		final List<Weather> updates = new CopyOnWriteArrayList<>();

		final List<String> alerts = new CopyOnWriteArrayList<>();

		@ZmqSubListener(endpoint = "weather-in", topics = "${board.zip:10001}")
		void update(Weather update, @ZmqTopic String topic) {
			this.topics.add(topic);
			this.updates.add(update);
		}

		@ZmqSubListener(endpoint = "weather-in", topics = "alerts")
		void alert(String text, @Header("level") String level) {
			this.alerts.add(level + ": " + text);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TickerApp {

		@Bean
		Ticker ticker() {
			return new Ticker();
		}

	}

	/**
	 * One method on a SUB socket: it serves every topic, including those subscribed
	 * later.
	 */
	static class Ticker {

		final List<String> topics = new CopyOnWriteArrayList<>();

		@ZmqSubListener(endpoint = "ticks-in", topics = "AAPL")
		void tick(String price, @ZmqTopic String topic) {
			this.topics.add(topic);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class WorkerApp {

		@Bean
		Worker worker(ZmqOperations operations) {
			return new Worker(operations);
		}

	}

	/**
	 * A pipeline worker: takes a task, marks it done, pushes it to the sink.
	 */
	static class Worker {

		private final ZmqOperations operations;

		Worker(ZmqOperations operations) {
			this.operations = operations;
		}

		@ZmqPullListener(endpoint = "tasks-in")
		void work(Task task) {
			this.operations.push("results-out", new Task(task.id(), System.identityHashCode(this) + ""));
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SinkApp {

		@Bean
		Sink sink() {
			return new Sink();
		}

	}

	/**
	 * Collects the results of the pipeline.
	 */
	static class Sink {

		final Map<Integer, Integer> timesSeen = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> byWorker = new ConcurrentHashMap<>();

		@ZmqPullListener(endpoint = "results-in", concurrency = "2")
		void result(Task result) {
			this.timesSeen.merge(result.id(), 1, Integer::sum);
			this.byWorker.computeIfAbsent(result.worker(), (worker) -> new AtomicInteger()).incrementAndGet();
		}

	}

	/**
	 * Calls the workers behind a queue proxy.
	 */
	@ZmqDealerClient(endpoint = "jobs-client")
	public interface JobClient {

		String run(String job);

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class RepWorkerApp {

		@Bean
		RepWorker repWorker() {
			return new RepWorker();
		}

	}

	/**
	 * A REP worker behind the broker.
	 */
	static class RepWorker {

		final AtomicInteger jobs = new AtomicInteger();

		@ZmqRepListener(endpoint = "jobs")
		String run(String job) {
			this.jobs.incrementAndGet();
			return "done:" + job;
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class PairApp {

		@Bean
		PairEnd pairEnd() {
			return new PairEnd();
		}

	}

	/**
	 * The receiving end of two PAIR connections.
	 */
	static class PairEnd {

		final List<String> received = new CopyOnWriteArrayList<>();

		@ZmqPairListener(endpoint = "pair-in")
		void inproc(String text) {
			this.received.add("inproc:" + text);
		}

		@ZmqPairListener(endpoint = "pair-tcp-in")
		void tcp(String text) {
			this.received.add("tcp:" + text);
		}

	}

}
