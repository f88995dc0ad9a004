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

package io.github.zmqspring.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.sample.orders.Order;
import io.github.zmqspring.sample.orders.OrderClient;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/**
 * Starts the sample on random ports, as its users start it, and checks what each demo
 * saw, the health and the Prometheus scrape over HTTP, and the Python clients in
 * {@code clients/} against it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

	private static final List<String> PORTS = List.of("orders", "quotes", "inference", "ticks", "tasks", "results",
			"jobs-frontend", "jobs-backend", "accounts", "broker");

	private static final Map<String, Integer> ports = PORTS.stream()
		.collect(Collectors.toMap(Function.identity(), (name) -> TestSocketUtils.findAvailableTcpPort()));

	private static final Path CLIENTS = Paths.get("clients");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int webPort;

	@Autowired
	OrderClient orders;

	@Autowired
	JsonMapper json;

	@Autowired
	DemoRunner demo;

	@DynamicPropertySource
	static void randomPorts(DynamicPropertyRegistry registry) {
		ports.forEach((name, port) -> registry.add("sample.ports." + name, () -> port));
	}

	@Test
	void everyDemoSawItsPatternWork() {
		DemoExpectations.assertEveryDemoWorked(String.join("\n", this.demo.lines()));
	}

	@Test
	void ordersArePlacedOverZeroMqAndInvalidOnesRefused() {
		assertThat(this.orders.place(new Order("X", 3, new BigDecimal("2.50"))).total()).isEqualByComparingTo("7.50");
		assertThatExceptionOfType(ZmqRemoteException.class)
			.isThrownBy(() -> this.orders.place(new Order("X", -1, BigDecimal.ONE)))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getRemoteMessage()).isEqualTo("Invalid payload"));
	}

	@Test
	void healthIsUpWithEveryEndpoint() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode zmq = this.json.readTree(response.body()).get("components").get("zmq");
		assertThat(zmq.get("status").asString()).isEqualTo("UP");
		assertThat(zmq.get("components").propertyNames()).contains("orders", "quotes", "inference", "ticks",
				"ticks-pub", "tasks-push", "worker-1", "worker-2", "results", "results-push", "jobs", "job-worker-1",
				"job-worker-2", "accounts");
		assertThat(response.body()).doesNotContain("lZGVAks4Z", "rOswew#W9");
	}

	@Test
	void prometheusScrapeHasTheDocumentedMeters() throws Exception {
		String scrape = get("/actuator/prometheus").body();
		assertThat(scrape).contains("zmq_messages_received_total{endpoint=\"orders\"", "zmq_messages_sent_total",
				"zmq_messages_dropped_total", "zmq_bytes_received_bytes_total", "zmq_bytes_sent_bytes_total",
				"zmq_endpoint_in_flight", "zmq_client_in_flight{endpoint=\"orders-client\"", "zmq_connections",
				"zmq_socket_events_total", "zmq_auth_failures_total{endpoint=\"accounts\"",
				"zmq_listener_seconds_count{endpoint=\"orders\"",
				"zmq_client_requests_seconds_count{endpoint=\"orders-client\"");
	}

	@Test
	void pythonClientsTalkToTheRunningSample(@TempDir Path workDir) throws IOException {
		assertThat(run(workDir, "orders_client.py", "orders")).contains("placed PY-MUG as ord-", "total 13.5");
		assertThat(run(workDir, "tokens_client.py", "inference")).contains("8 tokens: ZeroMQ sockets carry");
		assertThat(run(workDir, "ticks_subscriber.py", "ticks")).contains("EUR.");
		assertThat(run(workDir, "jobs_client.py", "jobs-frontend"))
			.containsPattern("job-worker-\\d did job-from-python");
	}

	@Test
	void pythonClientsShipTheDocumentedEnvelopeCodec() throws IOException {
		assertThat(Files.readString(CLIENTS.resolve("zmq_envelope.py"))).isEqualTo(PythonPeer.envelopeCodec());
	}

	private String run(Path workDir, String script, String port) throws IOException {
		String source = Files.readString(CLIENTS.resolve(script), StandardCharsets.UTF_8);
		try (PythonPeer peer = PythonPeer.start(workDir, source, "--endpoint", "tcp://127.0.0.1:" + ports.get(port))) {
			return peer.awaitSuccess(Duration.ofSeconds(20));
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
