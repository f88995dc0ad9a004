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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.github.zmqspring.client.ZmqOperations;

/**
 * Drives request/reply load: each client endpoint {@code c<i>} sends unique requests with
 * a bounded number in flight, and every reply is checked against its request. Counts
 * successes, wrong replies, and failures by exception type.
 */
final class LoadDriver {

	private final ZmqOperations template;

	private final int clients;

	private final int window;

	final LongAdder succeeded = new LongAdder();

	final LongAdder wrong = new LongAdder();

	final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

	private final AtomicBoolean stopped = new AtomicBoolean();

	LoadDriver(ZmqOperations template, int clients, int window) {
		this.template = template;
		this.clients = clients;
		this.window = window;
	}

	/**
	 * The client endpoint properties for a server port.
	 * @param clients how many client endpoints
	 * @param port the server port
	 * @param extra more properties for every client endpoint, as {@code key=value} after
	 * the endpoint prefix
	 * @return the properties
	 */
	static List<String> clientProperties(int clients, int port, String... extra) {
		List<String> properties = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			properties.add("zmq.endpoints.c" + i + ".connect=tcp://127.0.0.1:" + port);
			for (String property : extra) {
				properties.add("zmq.endpoints.c" + i + "." + property);
			}
		}
		return properties;
	}

	/**
	 * Run the load on one thread per client and wait for every request to end.
	 * @param requestsPerClient how many requests each client sends (or until stopped)
	 * @return how many requests were sent
	 */
	long run(int requestsPerClient) throws InterruptedException {
		LongAdder sent = new LongAdder();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < this.clients; c++) {
			String endpoint = "c" + c;
			Thread thread = new Thread(() -> drive(endpoint, requestsPerClient, sent), "load-" + endpoint);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return sent.sum();
	}

	/** Stop sending new requests; those in flight still end. */
	void stop() {
		this.stopped.set(true);
	}

	private void drive(String endpoint, int requests, LongAdder sent) {
		Semaphore inFlight = new Semaphore(this.window);
		try {
			for (int i = 0; i < requests && !this.stopped.get(); i++) {
				inFlight.acquire();
				String payload = endpoint + "-" + i;
				CompletableFuture<String> reply;
				try {
					reply = this.template.requestAsync(endpoint, "echo", payload, String.class);
				}
				catch (RuntimeException ex) {
					failed(ex);
					inFlight.release();
					continue;
				}
				sent.increment();
				reply.whenComplete((value, ex) -> {
					if (ex != null) {
						failed(ex);
					}
					else if (payload.equals(value)) {
						this.succeeded.increment();
					}
					else {
						this.wrong.increment();
					}
					inFlight.release();
				});
			}
			inFlight.tryAcquire(this.window, 60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void failed(Throwable ex) {
		Throwable cause = (ex.getCause() != null && ex instanceof java.util.concurrent.CompletionException)
				? ex.getCause() : ex;
		this.failures.computeIfAbsent(cause.getClass().getSimpleName(), (key) -> new LongAdder()).increment();
	}

	long failed() {
		return this.failures.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
