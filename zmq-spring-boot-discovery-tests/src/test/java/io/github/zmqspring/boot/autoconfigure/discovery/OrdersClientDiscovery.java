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

package io.github.zmqspring.boot.autoconfigure.discovery;

import java.util.List;
import java.util.stream.Stream;

import io.github.zmqspring.boot.actuate.ZmqHealthContributor;
import io.github.zmqspring.boot.discovery.ZmqDiscoveryStatus;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the {@code orders-client} endpoint of a client application of the discovery tests
 * discovered, and the addresses its servers' {@code orders} endpoints are reached at.
 */
final class OrdersClientDiscovery {

	private static final String ENDPOINT = "orders-client";

	private OrdersClientDiscovery() {
	}

	/**
	 * The discovery status of the client's endpoint.
	 * @param client the client application
	 * @return its status now
	 */
	static ZmqDiscoveryStatus status(ConfigurableApplicationContext client) {
		return client.getBean(ZmqEndpointDiscovery.class).getStatus(ENDPOINT);
	}

	/**
	 * The health of the client's endpoint, as the {@code zmq} contributor reports it.
	 * @param client the client application
	 * @return its health now
	 */
	static Health health(ConfigurableApplicationContext client) {
		HealthIndicator indicator = (HealthIndicator) client.getBean(ZmqHealthContributor.class)
			.getContributor(ENDPOINT);
		return indicator.health();
	}

	/**
	 * The address the client connects to for a server's {@code orders} endpoint.
	 * @param server the server application
	 * @return its {@code tcp://} address
	 */
	static String address(ConfigurableApplicationContext server) {
		return "tcp://127.0.0.1:" + DiscoveryTestApps.port(server, "orders");
	}

	/**
	 * The addresses of servers in the order the status lists its instances.
	 * @param servers the server applications
	 * @return their addresses, sorted
	 */
	static List<String> addresses(ConfigurableApplicationContext... servers) {
		return Stream.of(servers).map(OrdersClientDiscovery::address).sorted().toList();
	}

}
