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
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.zmqspring.boot.actuate.web.ObservabilityApp.QuoteClient;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.client.ZmqTimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Observability in a real web application: after a known amount of traffic the timers and
 * counters hold exactly the expected counts, {@code /actuator/prometheus} shows them, a
 * trace spans client and server, and {@code /actuator/health} and {@code /actuator/zmq}
 * follow endpoints as they are paused and resumed over HTTP.
 */
@SpringBootTest(classes = ObservabilityApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,zmq,prometheus",
				"management.endpoint.health.show-details=always", "management.tracing.sampling.probability=1.0",
				"zmq.endpoints.quotes-client.request-timeout=5s" })
class ObservabilityWebIntegrationTests {

	private static final int ZMQ_PORT = TestSocketUtils.findAvailableTcpPort();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private QuoteClient client;

	@Autowired
	private ZmqOperations zmq;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ObservationRegistry observations;

	@Autowired
	private Tracer tracer;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) {
		registry.add("zmq.endpoints.quotes.bind", () -> "tcp://127.0.0.1:" + ZMQ_PORT);
		registry.add("zmq.endpoints.quotes-client.connect", () -> "tcp://127.0.0.1:" + ZMQ_PORT);
	}

	@Test
	void metersCountEachOutcomeAndPrometheusShowsThem() throws Exception {
		double okBefore = clientCount("ok", "success");
		double okServedBefore = listenerCount("ok", "success");
		for (int i = 0; i < 3; i++) {
			assertThat(this.client.ok("ZMQ" + i)).isEqualTo("ZMQ" + i + "=42");
		}
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> this.client.boom("X"));
		assertThatExceptionOfType(ZmqTimeoutException.class).isThrownBy(() -> this.client.slow("Y"));
		assertThatExceptionOfType(ZmqRemoteException.class)
			.isThrownBy(() -> this.zmq.request("quotes-client", "typed", "not a quote", String.class));

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(listenerCount("slow", "success")).isEqualTo(1);
			assertThat(this.meters.get("zmq.messages.dropped")
				.tags("endpoint", "quotes-client", "reason", "late-reply")
				.functionCounter()
				.count()).isEqualTo(1);
		});
		assertThat(clientCount("ok", "success") - okBefore).isEqualTo(3);
		assertThat(clientCount("boom", "error")).isEqualTo(1);
		assertThat(clientCount("slow", "timeout")).isEqualTo(1);
		assertThat(clientCount("typed", "error")).isEqualTo(1);
		assertThat(listenerCount("ok", "success") - okServedBefore).isEqualTo(3);
		assertThat(listenerCount("boom", "server_error")).isEqualTo(1);
		assertThat(listenerCount("typed", "client_error")).isEqualTo(1);
		assertThat(this.meters.get("zmq.client.in.flight").tag("endpoint", "quotes-client").gauge().value()).isZero();
		assertThat(this.meters.get("zmq.connections").tag("endpoint", "quotes").gauge().value()).isEqualTo(1);

		String scrape = get("/actuator/prometheus").body();
		assertThat(scrape)
			.containsPattern("zmq_client_requests_seconds_count\\{.*outcome=\"timeout\".*route=\"slow\".*\\} 1")
			.containsPattern("zmq_listener_seconds_count\\{.*outcome=\"server_error\".*route=\"boom\".*\\} 1")
			.containsPattern("zmq_messages_received_total\\{endpoint=\"quotes\",socket_type=\"ROUTER\"\\}")
			.containsPattern("zmq_messages_dropped_total\\{endpoint=\"quotes-client\",reason=\"late-reply\".*\\} 1")
			.containsPattern("zmq_connections\\{endpoint=\"quotes\",socket_type=\"ROUTER\"\\} 1")
			.contains("zmq_client_in_flight{endpoint=\"quotes-client\"")
			.contains("zmq_socket_events_total{endpoint=\"quotes\",event=\"accepted\"");
	}

	@Test
	void traceStartedByTheCallerContinuesOnTheServer() {
		AtomicReference<String> callerTrace = new AtomicReference<>();
		String serverTrace = Observation.createNotStarted("caller", this.observations).observe(() -> {
			callerTrace.set(this.tracer.currentSpan().context().traceId());
			return this.client.trace("x");
		});
		assertThat(callerTrace.get()).isNotBlank();
		assertThat(serverTrace).isEqualTo(callerTrace.get());
	}

	@Test
	void healthAndTheZmqEndpointFollowPauseAndResumeOverHttp() throws Exception {
		this.client.ok("warm-up");
		HttpResponse<String> health = get("/actuator/health/zmq");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode components = this.json.readTree(health.body()).get("components");
		assertThat(components.get("quotes").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("quotes").get("details").get("connections").asInt()).isEqualTo(1);
		assertThat(components.get("quotes-client").get("status").asString()).isEqualTo("UP");

		JsonNode listed = this.json.readTree(get("/actuator/zmq").body()).get("endpoints");
		assertThat(listed.get("quotes").get("socketType").asString()).isEqualTo("ROUTER");
		assertThat(listed.get("quotes").get("boundAddresses").get(0).asString()).endsWith(":" + ZMQ_PORT);
		assertThat(listed.get("quotes-client").get("peers").get(0).asString()).endsWith(":" + ZMQ_PORT);

		HttpResponse<String> paused = post("/actuator/zmq/quotes", Map.of("action", "pause"));
		assertThat(paused.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(paused.body()).get("state").asString()).isEqualTo("PAUSED");
		assertThat(get("/actuator/health/zmq/quotes").statusCode()).isEqualTo(503);
		assertThat(this.json.readTree(get("/actuator/health/zmq/quotes").body()).get("status").asString())
			.isEqualTo("OUT_OF_SERVICE");
		assertThat(post("/actuator/zmq/quotes", Map.of("action", "resume")).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/zmq/quotes").statusCode()).isEqualTo(200);
		assertThat(this.client.ok("after")).isEqualTo("after=42");

		assertThat(post("/actuator/zmq/quotes", Map.of("action", "explode")).statusCode()).isEqualTo(400);
		assertThat(post("/actuator/zmq/nothing", Map.of("action", "stop")).statusCode()).isEqualTo(400);
		assertThat(get("/actuator/zmq/nothing").statusCode()).isEqualTo(404);
	}

	private double clientCount(String route, String outcome) {
		return count("zmq.client.requests", "quotes-client", route, outcome);
	}

	private double listenerCount(String route, String outcome) {
		return count("zmq.listener", "quotes", route, outcome);
	}

	private double count(String timer, String endpoint, String route, String outcome) {
		Timer found = this.meters.find(timer).tags("endpoint", endpoint, "route", route, "outcome", outcome).timer();
		return (found != null) ? found.count() : 0;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
