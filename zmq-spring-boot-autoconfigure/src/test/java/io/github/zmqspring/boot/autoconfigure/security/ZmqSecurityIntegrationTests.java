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

package io.github.zmqspring.boot.autoconfigure.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.boot.autoconfigure.security.SecureEchoApp.EchoService;
import io.github.zmqspring.boot.autoconfigure.security.SecureEchoApp.SecureClient;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqTimeoutException;
import io.github.zmqspring.security.ZmqKeyPair;
import io.github.zmqspring.test.PythonPeer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * CURVE and PLAIN configured from properties, on real sockets in a web application with
 * Actuator: who gets replies, what reaches the handlers, what travels on the wire
 * (through a {@link TcpRelay}), pyzmq (libzmq) on either side of CURVE, and that no
 * secret appears in the logs or in Actuator's output. Output is captured per test (and
 * for the start-up before the first), so each test checks the log of what it did.
 */
@SpringBootTest(classes = SecureEchoApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZmqSecurityIntegrationTests {

	private static final ZmqKeyPair SERVER = ZmqKeyPair.generate();

	private static final ZmqKeyPair CLIENT = ZmqKeyPair.generate();

	private static final ZmqKeyPair PY_CLIENT = ZmqKeyPair.generate();

	private static final ZmqKeyPair PY_SERVER = ZmqKeyPair.generate();

	private static final ZmqKeyPair STRANGER = ZmqKeyPair.generate();

	private static final String PASSWORD = "pw-" + UUID.randomUUID();

	private static final int SECURE_PORT = TestApps.freePort();

	private static final int PLAIN_PORT = TestApps.freePort();

	private static final int CLEAR_PORT = TestApps.freePort();

	private static final int PY_SERVER_PORT = TestApps.freePort();

	private static final TcpRelay secureRelay = relay(SECURE_PORT);

	private static final TcpRelay plainRelay = relay(PLAIN_PORT);

	private static final TcpRelay clearRelay = relay(CLEAR_PORT);

	@Autowired
	private ZmqOperations template;

	@Autowired
	private SecureClient client;

	@Autowired
	private EchoService service;

	@Autowired
	private MeterRegistry meters;

	@LocalServerPort
	private int httpPort;

	@TempDir
	Path workDir;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		endpoint(registry, "secure", "bind", SECURE_PORT, "curve");
		registry.add("zmq.endpoints.secure.security.curve.secret-key", SERVER::secretKeyZ85);
		registry.add("zmq.endpoints.secure.security.curve.public-key", SERVER::publicKeyZ85);
		registry.add("zmq.endpoints.secure.security.curve.authorized-keys",
				() -> CLIENT.publicKeyZ85() + "," + PY_CLIENT.publicKeyZ85());
		curveClient(registry, "secure-client", secureRelay.port(), CLIENT, SERVER);
		curveClient(registry, "stranger", SECURE_PORT, STRANGER, SERVER);
		curveClient(registry, "wrong-server-key", SECURE_PORT, CLIENT, STRANGER);
		endpoint(registry, "no-security", "connect", SECURE_PORT, "none");
		curveClient(registry, "py-client", PY_SERVER_PORT, CLIENT, PY_SERVER);

		endpoint(registry, "plain", "bind", PLAIN_PORT, "plain");
		registry.add("zmq.endpoints.plain.security.plain.users.alice", () -> PASSWORD);
		plainClient(registry, "plain-client", plainRelay.port(), PASSWORD);
		plainClient(registry, "plain-wrong", PLAIN_PORT, "not-the-password");

		registry.add("zmq.endpoints.clear.bind", () -> "tcp://127.0.0.1:" + CLEAR_PORT);
		registry.add("zmq.endpoints.clear-client.connect", () -> "tcp://127.0.0.1:" + clearRelay.port());

		registry.add("zmq.defaults.request-timeout", () -> "6s");
		registry.add("management.endpoints.web.exposure.include", () -> "health,configprops,env");
		registry.add("management.endpoint.configprops.show-values", () -> "always");
		registry.add("management.endpoint.env.show-values", () -> "always");
		registry.add("management.endpoint.health.show-details", () -> "always");
	}

	@AfterAll
	static void closeRelays() {
		List.of(secureRelay, plainRelay, clearRelay).forEach(TcpRelay::close);
	}

	@Test
	@Order(1)
	void whenClientKeyIsAuthorizedThenItGetsRepliesAndTheWireCarriesNoPlaintext() {
		String secret = "attack at dawn " + UUID.randomUUID();
		assertThat(this.client.echo(secret)).isEqualTo("echo:" + secret);
		assertThat(secureRelay.size()).isPositive();
		assertThat(secureRelay.saw(secret)).as("payload in clear on the CURVE connection").isFalse();

		String visible = "visible " + UUID.randomUUID();
		assertThat(this.template.request("clear-client", "", visible, String.class)).isEqualTo("echo:" + visible);
		assertThat(clearRelay.saw(visible)).as("payload in clear without security").isTrue();
	}

	@Test
	@Order(2)
	void whenClientIsUnknownOrUsesWrongServerKeyOrNoSecurityThenNothingReachesTheHandler(CapturedOutput output) {
		assertThat(this.client.echo("warm-up")).isEqualTo("echo:warm-up");
		int handled = this.service.secure.get();
		List<CompletableFuture<String>> refused = List.of("stranger", "wrong-server-key", "no-security")
			.stream()
			.map((endpoint) -> this.template.requestAsync(endpoint, "", "let me in", String.class))
			.toList();
		for (CompletableFuture<String> reply : refused) {
			assertThatExceptionOfType(Exception.class).isThrownBy(reply::join)
				.withRootCauseInstanceOf(ZmqTimeoutException.class);
		}
		assertThat(this.service.secure).hasValue(handled);
		assertThat(authFailures("secure", "curve")).as("refused unknown key counted").isPositive();
		assertThat(this.client.echo("still serving")).isEqualTo("echo:still serving");
		assertThat(output.getAll()).contains("Endpoint 'secure' refused a CURVE handshake from 127.0.0.1");
		assertNoSecrets(output.getAll());
	}

	@Test
	@Order(3)
	void whenPlainPasswordIsRightThenRepliesElseNothingReachesTheHandler(CapturedOutput output) {
		String text = "plain " + UUID.randomUUID();
		assertThat(this.template.request("plain-client", "", text, String.class)).isEqualTo("echo:" + text);
		assertThat(plainRelay.saw(text)).as("PLAIN authenticates but does not encrypt").isTrue();
		int handled = this.service.plain.get();
		CompletableFuture<String> wrong = this.template.requestAsync("plain-wrong", "", "guess", String.class);
		assertThatExceptionOfType(Exception.class).isThrownBy(wrong::join)
			.withRootCauseInstanceOf(ZmqTimeoutException.class);
		assertThat(this.service.plain).hasValue(handled);
		assertThat(authFailures("plain", "plain")).isPositive();
		assertThat(output.getAll()).contains("Endpoint 'plain' refused a PLAIN handshake from 127.0.0.1");
		assertNoSecrets(output.getAll());
	}

	@Test
	@Order(4)
	void whenPyzmqCurveClientIsAuthorizedThenItGetsRepliesAndAnUnknownOneDoesNot() throws IOException {
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/curve_client.py",
				String.valueOf(SECURE_PORT), SERVER.publicKeyZ85(), PY_CLIENT.publicKeyZ85(),
				PY_CLIENT.secretKeyZ85())) {
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("ok");
		}
	}

	@Test
	@Order(5)
	void whenServerIsPyzmqWithCurveThenOurClientGetsReplies() throws IOException {
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/envelope_server.py", "router",
				String.valueOf(PY_SERVER_PORT), "1", PY_SERVER.secretKeyZ85())) {
			await().atMost(Duration.ofSeconds(20)).until(() -> peer.output().contains("ready"));
			assertThat(this.template.request("py-client", "", "over curve", String.class)).isEqualTo("OVER CURVE");
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("served 1");
		}
	}

	@Test
	@Order(6)
	void whenActuatorShowsValuesThenSecretsAreMaskedAndLogsHoldNone(CapturedOutput output) throws Exception {
		String configprops = get("/actuator/configprops");
		String env = get("/actuator/env");
		String health = get("/actuator/health");
		assertThat(configprops).contains(SERVER.publicKeyZ85()).contains("******");
		assertThat(env).contains(SERVER.publicKeyZ85()).contains("******");
		assertThat(health).contains("\"secure\"");
		for (String text : List.of(configprops, env, health, output.getAll())) {
			assertNoSecrets(text);
		}
		assertThat(output.getAll()).as("the startup log").contains(":: Spring Boot ::");
	}

	private static void assertNoSecrets(String text) {
		assertThat(text).doesNotContain(SERVER.secretKeyZ85(), CLIENT.secretKeyZ85(), STRANGER.secretKeyZ85(),
				PY_CLIENT.secretKeyZ85(), PASSWORD);
	}

	private double authFailures(String endpoint, String mechanism) {
		return this.meters.get("zmq.auth.failures")
			.tag("endpoint", endpoint)
			.tag("mechanism", mechanism)
			.functionCounter()
			.count();
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = send(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> send(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static void endpoint(DynamicPropertyRegistry registry, String name, String direction, int port,
			String mechanism) {
		registry.add("zmq.endpoints." + name + "." + direction, () -> "tcp://127.0.0.1:" + port);
		registry.add("zmq.endpoints." + name + ".security.mechanism", () -> mechanism);
	}

	private static void curveClient(DynamicPropertyRegistry registry, String name, int port, ZmqKeyPair keys,
			ZmqKeyPair server) {
		endpoint(registry, name, "connect", port, "curve");
		registry.add("zmq.endpoints." + name + ".security.curve.secret-key", keys::secretKeyZ85);
		registry.add("zmq.endpoints." + name + ".security.curve.server-key", server::publicKeyZ85);
		if (!name.equals("secure-client") && !name.equals("py-client")) {
			registry.add("zmq.endpoints." + name + ".request-timeout", () -> "2s");
		}
	}

	private static void plainClient(DynamicPropertyRegistry registry, String name, int port, String password) {
		endpoint(registry, name, "connect", port, "plain");
		registry.add("zmq.endpoints." + name + ".security.plain.username", () -> "alice");
		registry.add("zmq.endpoints." + name + ".security.plain.password", () -> password);
		if (name.equals("plain-wrong")) {
			registry.add("zmq.endpoints." + name + ".request-timeout", () -> "2s");
		}
	}

	private static TcpRelay relay(int port) {
		try {
			return TcpRelay.start(port);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
