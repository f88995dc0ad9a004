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

package io.github.zmqspring.boot.actuate.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.security.ZmqKeyPair;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code zmq} health contributor in a web application with Boot's probes: a client
 * endpoint whose server is not up yet is UP with no peers (the application stays healthy
 * and ready), unless it requires peers, in which case it is DOWN and turns
 * {@code /actuator/health} and a readiness group that includes {@code zmq} to 503 while
 * liveness stays 200; once its server binds, the client shows the peer and everything is
 * 200. Key material never appears in the details.
 */
class ZmqHealthWebIntegrationTests {

	private static final ZmqKeyPair CLIENT_KEYS = ZmqKeyPair.generate();

	private static final ZmqKeyPair SERVER_KEYS = ZmqKeyPair.generate();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whenAClientHasNoPeerThenItIsUpAndTheApplicationStaysReady() throws Exception {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext app = start(port); ZContext peers = new ZContext()) {
			JsonNode client = component(app, "orders-client");
			assertThat(client.get("status").asString()).isEqualTo("UP");
			assertThat(client.get("details").get("connections").asInt()).isZero();
			assertThat(client.get("details").get("peers")).isEmpty();
			assertThat(client.get("details").get("reason").asString()).isEqualTo("not connected to any peer");
			assertThat(client.get("details").get("requirePeers").asBoolean()).isFalse();
			assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(200);
			assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(app, "/actuator/health/liveness").statusCode()).isEqualTo(200);

			TestSockets.create(peers, SocketType.ROUTER).bind("tcp://127.0.0.1:" + port);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(component(app, "orders-client").get("details").get("peers")).hasSize(1));
			JsonNode connected = component(app, "orders-client");
			assertThat(connected.get("status").asString()).isEqualTo("UP");
			assertThat(connected.get("details").get("peers").get(0).asString()).endsWith(":" + port);
			assertThat(connected.get("details").has("reason")).isFalse();
		}
	}

	@Test
	void whenAClientRequiresPeersThenItIsDownUntilItsServerBindsAndLivenessNeverDependsOnIt() throws Exception {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext app = start(port, "zmq.defaults.health.require-peers=true",
				"zmq.endpoints.secure-client.health.require-peers=false"); ZContext peers = new ZContext()) {
			JsonNode client = component(app, "orders-client");
			assertThat(client.get("status").asString()).isEqualTo("DOWN");
			assertThat(client.get("details").get("reason").asString()).isEqualTo("not connected to any peer");
			assertThat(client.get("details").get("requirePeers").asBoolean()).isTrue();
			assertThat(component(app, "secure-client").get("status").asString()).as("opted out").isEqualTo("UP");
			assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(503);
			assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(get(app, "/actuator/health/liveness").statusCode()).isEqualTo(200);

			TestSockets.create(peers, SocketType.ROUTER).bind("tcp://127.0.0.1:" + port);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(get(app, "/actuator/health").statusCode()).isEqualTo(200));
			JsonNode connected = component(app, "orders-client");
			assertThat(connected.get("status").asString()).isEqualTo("UP");
			assertThat(connected.get("details").get("peers")).hasSize(1);
			assertThat(get(app, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

	/**
	 * Start the application with two clients: {@code orders-client} connecting to the
	 * given port, and a CURVE client {@code secure-client} connecting to a port nobody
	 * listens on. Both are opened, and the health output is checked for key material.
	 */
	private ConfigurableApplicationContext start(int port, String... properties) throws Exception {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"management.endpoints.web.exposure.include=health", "management.endpoint.health.show-details=always",
				"management.endpoint.health.group.readiness.include=readinessState,zmq",
				"zmq.endpoints.orders-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.secure-client.connect=tcp://127.0.0.1:" + TestApps.freePort(),
				"zmq.endpoints.secure-client.security.mechanism=curve",
				"zmq.endpoints.secure-client.security.curve.secret-key=" + CLIENT_KEYS.secretKeyZ85(),
				"zmq.endpoints.secure-client.security.curve.server-key=" + SERVER_KEYS.publicKeyZ85()));
		all.addAll(List.of(properties));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(HealthApp.class)
			.properties(all.toArray(String[]::new))
			.run();
		try {
			ZmqClientSockets clients = app.getBean(ZmqClientSockets.class);
			clients.requestReply("orders-client");
			clients.requestReply("secure-client");
			assertThat(get(app, "/actuator/health").body()).contains("\"secure-client\"")
				.doesNotContain(CLIENT_KEYS.secretKeyZ85());
			return app;
		}
		catch (Exception | AssertionError ex) {
			app.close();
			throw ex;
		}
	}

	private JsonNode component(ConfigurableApplicationContext app, String endpoint) throws Exception {
		HttpResponse<String> response = get(app, "/actuator/health/zmq/" + endpoint);
		return app.getBean(JsonMapper.class).readTree(response.body());
	}

	private HttpResponse<String> get(ConfigurableApplicationContext app, String path)
			throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
