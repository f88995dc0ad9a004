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

package io.github.zmqspring.boot.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqFrames;
import io.github.zmqspring.protocol.ZmqStatus;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

import static org.awaitility.Awaitility.await;

/**
 * Talks to the application's listeners by endpoint name, over real sockets, the way a
 * remote peer would: requests to ROUTER and REP listeners, pushes to PULL listeners,
 * publications to SUB listeners, and waits until a listener has processed a number of
 * messages (from the endpoint statistics the starter keeps, without sleeps).
 * <p>
 * Requests and pushes go through the starter's own client sockets, connected to the
 * listener's bound address (named {@code zmq-test.<endpoint>}). Publications go through
 * an XPUB socket of this client, connected to a SUB listener's bound addresses or bound
 * on the addresses the listener connects to, and each waits until a subscription for its
 * topic has arrived, so ZeroMQ's slow joiner loses nothing. Waits are bounded by
 * {@link #setTimeout(Duration) the timeout} (10 seconds by default).
 */
public class ZmqTestClient implements DisposableBean {

	private static final String CLIENT_PREFIX = "zmq-test.";

	private final ZContext context;

	private final ZmqEndpointRegistry registry;

	private final ZmqClientSockets endpoints;

	private final ZmqOperations operations;

	private final ZmqPayloadConverter converter;

	/** Owns the XPUB sockets: each is used by this one thread only. */
	private final ExecutorService publisherThread = Executors
		.newSingleThreadExecutor(new CustomizableThreadFactory("zmq-test-publisher-"));

	/**
	 * The XPUB sockets by SUB listener endpoint, with the subscriptions each has seen.
	 */
	private final Map<String, Publisher> publishers = new ConcurrentHashMap<>();

	private Duration timeout = Duration.ofSeconds(10);

	/**
	 * Create a test client.
	 * @param context the ZeroMQ context
	 * @param registry the registry of the application's endpoints
	 * @param endpoints the client sockets
	 * @param operations sends requests and pushes
	 * @param converter serializes payloads
	 */
	public ZmqTestClient(ZContext context, ZmqEndpointRegistry registry, ZmqClientSockets endpoints,
			ZmqOperations operations, ZmqPayloadConverter converter) {
		this.context = context;
		this.registry = registry;
		this.endpoints = endpoints;
		this.operations = operations;
		this.converter = converter;
	}

	/**
	 * Set how long requests, publications and {@link #awaitProcessed} wait at most.
	 * @param timeout the timeout
	 */
	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Send a request to a ROUTER or REP listener and wait for its answer.
	 * @param <T> the reply type
	 * @param endpoint the listener's endpoint name (or the id of an inline endpoint)
	 * @param route the route, empty for the listener without one
	 * @param payload the payload, serialized as a client would
	 * @param replyType the type to decode the reply to
	 * @return the decoded reply with status 200, or the error status and message
	 */
	public <T> ZmqTestReply<T> request(String endpoint, String route, Object payload, Class<T> replyType) {
		String client = CLIENT_PREFIX + endpoint;
		this.endpoints.requestReply(client, List.of(boundAddress(endpoint)));
		try {
			return new ZmqTestReply<>(ZmqStatus.OK, this.operations.request(client, route, payload, replyType), null);
		}
		catch (ZmqRemoteException ex) {
			return new ZmqTestReply<>(ex.getStatus(), null, ex.getRemoteMessage());
		}
	}

	/**
	 * Push a message to a PULL listener.
	 * @param endpoint the listener's endpoint name (or the id of an inline endpoint)
	 * @param payload the payload
	 */
	public void push(String endpoint, Object payload) {
		String client = CLIENT_PREFIX + endpoint;
		this.endpoints.sender(client, List.of(boundAddress(endpoint)), SocketType.PUSH);
		this.operations.push(client, payload);
	}

	/**
	 * Publish a message to a SUB listener, once the listener has subscribed to a prefix
	 * of the topic.
	 * @param endpoint the listener's endpoint name (or the id of an inline endpoint)
	 * @param topic the topic
	 * @param payload the payload
	 */
	public void publish(String endpoint, String topic, Object payload) {
		ZmqPayload serialized = this.converter.toPayload(payload, null);
		ZmqEndpoint listener = this.registry.getRequiredEndpoint(endpoint);
		onPublisherThread(() -> this.publishers.computeIfAbsent(endpoint, (name) -> new Publisher(listener))
			.publish(topic, serialized));
	}

	/**
	 * Return how many messages a listener endpoint has received so far.
	 * @param endpoint the endpoint name (or the id of an inline endpoint)
	 * @return the count since the endpoint started
	 */
	public long processed(String endpoint) {
		return this.registry.getRequiredEndpoint(endpoint).getStatistics().getReceived();
	}

	/**
	 * Run an action, then wait until a listener endpoint has received {@code count} more
	 * messages and has none in process.
	 * @param endpoint the endpoint name (or the id of an inline endpoint)
	 * @param count how many messages the action causes
	 * @param action what sends them
	 */
	public void awaitProcessed(String endpoint, long count, Runnable action) {
		ZmqEndpoint listener = this.registry.getRequiredEndpoint(endpoint);
		long expected = listener.getStatistics().getReceived() + count;
		action.run();
		await().atMost(this.timeout)
			.pollInterval(Duration.ofMillis(10))
			.alias("endpoint '" + endpoint + "' processed " + expected + " messages")
			.until(() -> listener.getStatistics().getReceived() >= expected && listener.getInFlight() == 0);
	}

	/**
	 * The address to connect to for a listener: its first bound address, with a wildcard
	 * host replaced by the loopback address.
	 */
	private String boundAddress(String endpoint) {
		List<String> bound = this.registry.getRequiredEndpoint(endpoint).getBoundAddresses();
		Assert.state(!bound.isEmpty(), () -> "Endpoint '" + endpoint + "' binds no address to connect to");
		return loopback(bound.get(0));
	}

	private static String loopback(String address) {
		return address.replace("tcp://*:", "tcp://127.0.0.1:").replace("tcp://0.0.0.0:", "tcp://127.0.0.1:");
	}

	private void onPublisherThread(Runnable task) {
		try {
			this.publisherThread.submit(task).get(this.timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Publishing did not finish within " + this.timeout, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing", ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.publisherThread.submit(() -> this.publishers.values().forEach(Publisher::close));
		this.publisherThread.shutdown();
		this.publisherThread.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * An XPUB socket facing one SUB listener, used on the publisher thread only.
	 */
	private final class Publisher {

		private final ZMQ.Socket socket;

		private final Set<String> subscriptions = new HashSet<>();

		Publisher(ZmqEndpoint listener) {
			this.socket = ZmqTestClient.this.context.createSocket(SocketType.XPUB);
			this.socket.setLinger(1000);
			this.socket.setXpubVerbose(true);
			if (!listener.getBoundAddresses().isEmpty()) {
				listener.getBoundAddresses().forEach((address) -> this.socket.connect(loopback(address)));
			}
			else {
				Assert.state(!listener.getConnectAddresses().isEmpty(),
						() -> "Endpoint '" + listener.getId() + "' neither binds nor connects");
				listener.getConnectAddresses().forEach(this.socket::bind);
			}
		}

		void publish(String topic, ZmqPayload payload) {
			long deadline = System.nanoTime() + ZmqTestClient.this.timeout.toNanos();
			while (this.subscriptions.stream().noneMatch(topic::startsWith)) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				Assert.state(left > 0, () -> "No subscription for topic '" + topic + "' arrived within "
						+ ZmqTestClient.this.timeout + " (seen: " + this.subscriptions + ")");
				this.socket.setReceiveTimeOut((int) Math.min(left, 100));
				byte[] frame = this.socket.recv();
				if (frame != null && frame.length > 0 && frame[0] == 1) {
					this.subscriptions.add(new String(frame, 1, frame.length - 1, StandardCharsets.UTF_8));
				}
			}
			ZmqFrames
				.compose(topic.getBytes(StandardCharsets.UTF_8),
						ZmqEnvelope.message("", payload.contentType(), Map.of()), payload.bytes())
				.send(this.socket);
		}

		void close() {
			ZmqTestClient.this.context.destroySocket(this.socket);
		}

	}

}
