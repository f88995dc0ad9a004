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

package io.github.zmqspring.benchmarks.apps.idle;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPairListener;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.annotation.ZmqSubListener;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.zeromq.SocketType;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.Assert;

/**
 * The application of the footprint measurement: ten idle endpoints, six listeners (two
 * ROUTER, REP, SUB, PULL, PAIR) and four clients (two DEALER, PUB, PUSH), each bound to a
 * random port on 127.0.0.1 by {@link #PROPERTIES}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class IdleApp {

	/** Binds every endpoint to a random port. */
	public static final String[] PROPERTIES = java.util.stream.Stream
		.of("router-a", "router-b", "rep", "sub", "pull", "pair", "dealer-a", "dealer-b", "pub", "push")
		.map((name) -> "zmq.endpoints." + name + ".bind=tcp://127.0.0.1:*")
		.toArray(String[]::new);

	/**
	 * Open the clients' sockets, which the starter opens on first use, without sending.
	 * @param context the running application
	 */
	public static void openClients(ConfigurableApplicationContext context) {
		ZmqClientSockets clients = context.getBean(ZmqClientSockets.class);
		clients.requestReply("dealer-a");
		clients.requestReply("dealer-b");
		clients.sender("pub", SocketType.PUB);
		clients.sender("push", SocketType.PUSH);
		ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
		long running = registry.getEndpoints()
			.stream()
			.filter((endpoint) -> endpoint.getState() == ZmqEndpointState.RUNNING)
			.count();
		Assert.state(running == 10, () -> "Not all ten endpoints run: " + registry.getEndpoints());
	}

	@Bean
	Listeners listeners() {
		return new Listeners();
	}

	/**
	 * Six listeners that never get a message.
	 */
	static class Listeners {

		@ZmqRouterListener(endpoint = "router-a")
		String routerA(String text) {
			return text;
		}

		@ZmqRouterListener(endpoint = "router-b")
		String routerB(String text) {
			return text;
		}

		@ZmqRepListener(endpoint = "rep")
		String rep(String text) {
			return text;
		}

		@ZmqSubListener(endpoint = "sub", topics = "idle")
		void sub(String text) {
		}

		@ZmqPullListener(endpoint = "pull")
		void pull(String text) {
		}

		@ZmqPairListener(endpoint = "pair")
		void pair(String text) {
		}

	}

	/**
	 * A DEALER client.
	 */
	@ZmqDealerClient(endpoint = "dealer-a")
	public interface ClientA {

		String call(String text);

	}

	/**
	 * Another DEALER client.
	 */
	@ZmqDealerClient(endpoint = "dealer-b")
	public interface ClientB {

		String call(String text);

	}

	/**
	 * A publisher.
	 */
	@ZmqPubClient(endpoint = "pub")
	public interface Publisher {

		void publish(String text);

	}

	/**
	 * A pusher.
	 */
	@ZmqPushClient(endpoint = "push")
	public interface Pusher {

		void push(String text);

	}

}
