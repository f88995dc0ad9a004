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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.security.ZmqKeyPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of {@code docs/security.md} as a running web application with
 * {@code show-values: always}: the CURVE secret key comes from the environment variable
 * {@code ORDERS_SECRET_KEY} through {@code secret-key: ${ORDERS_SECRET_KEY}}, a client's
 * key and a PLAIN password from {@code SPRING_APPLICATION_JSON}, a PLAIN user's password
 * from a {@code ZMQ_...} variable and another from the command line (so also in
 * {@code sun.java.command}). Both endpoints work with those secrets, and none of them
 * appears in {@code /actuator/env}, {@code /actuator/env/<name>} or
 * {@code /actuator/configprops}, while other values are shown.
 */
class ZmqSecretsActuatorIntegrationTests {

	private static final ZmqKeyPair SERVER = ZmqKeyPair.generate();

	private static final ZmqKeyPair CLIENT = ZmqKeyPair.generate();

	/** With a quote, written as {@code \"} inside SPRING_APPLICATION_JSON. */
	private static final String JSON_PASSWORD = "json\"pw-" + UUID.randomUUID();

	private static final String ENV_PASSWORD = "env-pw-" + UUID.randomUUID();

	private static final String ARGUMENT_PASSWORD = "arg-pw-" + UUID.randomUUID();

	private static final String VISIBLE = "visible-" + UUID.randomUUID();

	private static ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		int ordersPort = TestApps.freePort();
		int telemetryPort = TestApps.freePort();
		Map<String, Object> variables = new HashMap<>(System.getenv());
		variables.put("ORDERS_SECRET_KEY", SERVER.secretKeyZ85());
		variables.put("ZMQ_ENDPOINTS_TELEMETRY_SECURITY_PLAIN_USERS_ALICE", JSON_PASSWORD);
		variables.put("ZMQ_ENDPOINTS_TELEMETRY_SECURITY_PLAIN_USERS_BOB", ENV_PASSWORD);
		variables.put("SPRING_APPLICATION_JSON", """
				{"zmq": {"endpoints": {
				  "orders-client": {"security": {"curve": {"secret-key": "%s"}}},
				  "telemetry-client": {"security": {"plain": {"password": "%s"}}}}}}
				""".formatted(CLIENT.secretKeyZ85(), JSON_PASSWORD.replace("\"", "\\\"")));
		variables.put("VISIBLE_VALUE", VISIBLE);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		String argument = "--zmq.endpoints.telemetry.security.plain.users.carol=" + ARGUMENT_PASSWORD;
		Map<String, Object> systemProperties = new HashMap<>();
		System.getProperties().forEach((key, value) -> systemProperties.put(key.toString(), value));
		systemProperties.put("sun.java.command", "orders.jar " + argument);
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, new MapPropertySource(
					StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, systemProperties));
		app = new SpringApplicationBuilder(SecretsApp.class).environment(environment)
			.properties("server.port=0", "spring.main.banner-mode=off",
					"management.endpoints.web.exposure.include=env,configprops,health",
					"management.endpoint.env.show-values=always", "management.endpoint.configprops.show-values=always",
					"zmq.endpoints.orders.bind=tcp://127.0.0.1:" + ordersPort,
					"zmq.endpoints.orders.security.mechanism=curve",
					"zmq.endpoints.orders.security.curve.secret-key=${ORDERS_SECRET_KEY}",
					"zmq.endpoints.orders.security.curve.allow-any=true",
					"zmq.endpoints.orders-client.connect=tcp://127.0.0.1:" + ordersPort,
					"zmq.endpoints.orders-client.security.mechanism=curve",
					"zmq.endpoints.orders-client.security.curve.server-key=" + SERVER.publicKeyZ85(),
					"zmq.endpoints.telemetry.bind=tcp://127.0.0.1:" + telemetryPort,
					"zmq.endpoints.telemetry.security.mechanism=plain",
					"zmq.endpoints.telemetry-client.connect=tcp://127.0.0.1:" + telemetryPort,
					"zmq.endpoints.telemetry-client.security.mechanism=plain",
					"zmq.endpoints.telemetry-client.security.plain.username=alice")
			.run(argument);
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void whenSecretsComeFromTheEnvironmentThenTheEndpointsUseThem() {
		ZmqOperations zmq = app.getBean(ZmqOperations.class);
		assertThat(zmq.request("orders-client", "", "hi", String.class)).isEqualTo("orders:hi");
		assertThat(zmq.request("telemetry-client", "", "hi", String.class)).isEqualTo("telemetry:hi");
	}

	@Test
	void whenEnvShowsValuesThenEveryEntryHoldingASecretIsMaskedAndOthersAreShown() throws Exception {
		String env = get("/actuator/env");
		assertNoSecrets(env);
		assertThat(env).contains("ORDERS_SECRET_KEY", "SPRING_APPLICATION_JSON", "sun.java.command", VISIBLE,
				SERVER.publicKeyZ85());
		for (String name : List.of("ORDERS_SECRET_KEY", "SPRING_APPLICATION_JSON", "sun.java.command",
				"ZMQ_ENDPOINTS_TELEMETRY_SECURITY_PLAIN_USERS_BOB", "zmq.endpoints.orders.security.curve.secret-key",
				"zmq.endpoints.orders-client.security.curve.secret-key")) {
			String entry = get("/actuator/env/" + name);
			assertNoSecrets(entry);
			assertThat(json(entry).get("property").get("value").asString()).as(name).isEqualTo("******");
		}
		assertThat(json(get("/actuator/env/VISIBLE_VALUE")).get("property").get("value").asString()).isEqualTo(VISIBLE);
	}

	@Test
	void whenConfigpropsShowsValuesThenSecretsAreMasked() throws Exception {
		String configprops = get("/actuator/configprops");
		assertNoSecrets(configprops);
		assertThat(configprops).contains("orders-client", SERVER.publicKeyZ85(), "******");
	}

	private static void assertNoSecrets(String body) {
		assertThat(body).doesNotContain(SERVER.secretKeyZ85(), CLIENT.secretKeyZ85(), ENV_PASSWORD, ARGUMENT_PASSWORD,
				JSON_PASSWORD, JSON_PASSWORD.replace("\"", "\\\""), JSON_PASSWORD.substring(6));
	}

	private JsonNode json(String body) {
		return app.getBean(JsonMapper.class).readTree(body);
	}

	private String get(String path) throws Exception {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
