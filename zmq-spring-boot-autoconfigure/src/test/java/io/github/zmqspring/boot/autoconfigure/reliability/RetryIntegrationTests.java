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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.boot.autoconfigure.reliability.FaultyRouter.Fault;
import io.github.zmqspring.boot.autoconfigure.reliability.RetryClientApp.RetriedClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.client.ZmqTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Lazy Pirate over real sockets: a raw ROUTER loses requests on purpose and the
 * client retries them, over a fresh connection when the old one swallowed everything.
 */
class RetryIntegrationTests {

	@Test
	void whenRequestsAreLostThenBlockingFutureAndMonoCallsAreRetried() throws Exception {
		try (FaultyRouter server = new FaultyRouter(Fault.LOSE_FIRST_TWO);
				ConfigurableApplicationContext client = runClient(server)) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			assertThat(calls.warmUp("warm")).isEqualTo("echo:warm");
			assertThat(calls.echo("sync")).isEqualTo("echo:sync");
			assertThat(calls.echoAsync("future").get(10, TimeUnit.SECONDS)).isEqualTo("echo:future");
			assertThat(calls.echoMono("mono").block(Duration.ofSeconds(10))).isEqualTo("echo:mono");
			assertThat(server.received("sync")).isEqualTo(3);
			assertThat(server.received("future")).isEqualTo(3);
			assertThat(server.received("mono")).isEqualTo(3);
		}
	}

	@Test
	void whenRetryIsOffThenALostRequestTimesOutAfterOneAttempt() throws Exception {
		try (FaultyRouter server = new FaultyRouter(Fault.LOSE_FIRST_TWO);
				ConfigurableApplicationContext client = runClient(server)) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			calls.warmUp("warm");
			assertThatExceptionOfType(ZmqTimeoutException.class).isThrownBy(() -> calls.echoOnce("once"));
			assertThat(server.received("once")).isEqualTo(1);
		}
	}

	@Test
	void whenTheServerAnswersWithAnErrorThenTheRequestIsNotRetried() throws Exception {
		try (FaultyRouter server = new FaultyRouter(Fault.NONE);
				ConfigurableApplicationContext client = runClient(server)) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			calls.warmUp("warm");
			assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> calls.echo("fail-1"));
			assertThat(server.received("fail-1")).isEqualTo(1);
		}
	}

	@Test
	void whenTheEndpointConfiguresRetriesThenTheTemplateRetries() throws Exception {
		try (FaultyRouter server = new FaultyRouter(Fault.LOSE_FIRST_TWO);
				ConfigurableApplicationContext client = runClient(server, "zmq.endpoints.faulty.retry.max-retries=2",
						"zmq.endpoints.faulty.retry.delay=10ms")) {
			client.getBean(RetriedClient.class).warmUp("warm");
			ZmqOperations template = client.getBean(ZmqOperations.class);
			assertThat(template.request("faulty", "echo", "template", String.class)).isEqualTo("echo:template");
			assertThat(
					template.requestAsync("faulty", "echo", "template-async", String.class).get(10, TimeUnit.SECONDS))
				.isEqualTo("echo:template-async");
			assertThat(server.received("template")).isEqualTo(3);
		}
	}

	@Test
	void whenAConnectionSwallowsEverythingThenTheRetryGoesOutOnAFreshConnection() throws Exception {
		// a timeout above the 2s handshake timeout: a fresh connection whose handshake
		// stalls
		// (JeroMQ, about 1 in 300) is replaced within one attempt
		try (FaultyRouter server = new FaultyRouter(Fault.BLACK_HOLE_FIRST_CONNECTION);
				ConfigurableApplicationContext client = runClient(server, "zmq.endpoints.faulty.request-timeout=3s")) {
			RetriedClient calls = client.getBean(RetriedClient.class);
			assertThat(calls.echo("fresh")).isEqualTo("echo:fresh");
			assertThat(server.connections()).isGreaterThanOrEqualTo(2);
			assertThat(server.received("fresh")).isGreaterThanOrEqualTo(2);
		}
	}

	private static ConfigurableApplicationContext runClient(FaultyRouter server, String... properties) {
		String[] all = new String[properties.length + 2];
		all[0] = "zmq.endpoints.faulty.connect=tcp://127.0.0.1:" + server.port();
		all[1] = "zmq.endpoints.faulty.request-timeout=400ms";
		System.arraycopy(properties, 0, all, 2, properties.length);
		return TestApps.run(RetryClientApp.class, all);
	}

}
