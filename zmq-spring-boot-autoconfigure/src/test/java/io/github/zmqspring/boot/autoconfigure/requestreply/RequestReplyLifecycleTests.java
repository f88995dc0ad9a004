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

package io.github.zmqspring.boot.autoconfigure.requestreply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.boot.autoconfigure.requestreply.EchoClientApp.EchoClient;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqException;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Request/reply across the life cycles of separate applications: a client that starts
 * before its server, a server that restarts under a running client, a client spread over
 * several servers, and the in-flight limit.
 */
class RequestReplyLifecycleTests {

	@Test
	void aRequestMadeBeforeTheServerIsUpIsAnsweredWhenItAppears() {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
				"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.rpc-client.request-timeout=10s")) {
			CompletableFuture<String> early = client.getBean(EchoClient.class).echoAsync("early");
			assertThat(early).isNotDone();
			try (ConfigurableApplicationContext server = TestApps
				.runServer("zmq.endpoints.rpc.bind=tcp://127.0.0.1:" + port)) {
				assertThat(early.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("echo:early");
			}
		}
	}

	@Test
	void aClientKeepsWorkingAcrossAServerRestartOnTheSamePort() {
		ConfigurableApplicationContext first = TestApps.runServer("zmq.endpoints.rpc.bind=tcp://127.0.0.1:*");
		int port = TestApps.port(first, "rpc");
		try (ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
				"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.rpc-client.reconnect.interval=50ms", "zmq.endpoints.rpc-client.request-timeout=10s")) {
			EchoClient echo = client.getBean(EchoClient.class);
			try (first) {
				assertThat(echo.echo("before")).isEqualTo("echo:before");
			}
			try (ConfigurableApplicationContext second = TestApps
				.runServer("zmq.endpoints.rpc.bind=tcp://127.0.0.1:" + port)) {
				assertThat(echo.echo("after")).isEqualTo("echo:after");
			}
		}
	}

	@Test
	void aClientConnectedToSeveralServersSpreadsItsRequests() {
		try (ConfigurableApplicationContext one = TestApps.runServer("zmq.endpoints.rpc.bind=tcp://127.0.0.1:*");
				ConfigurableApplicationContext two = TestApps.runServer("zmq.endpoints.rpc.bind=tcp://127.0.0.1:*");
				ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
						"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + TestApps.port(one, "rpc")
								+ ",tcp://127.0.0.1:" + TestApps.port(two, "rpc"))) {
			EchoClient echo = client.getBean(EchoClient.class);
			ZmqEndpoint rpcOne = one.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("rpc");
			ZmqEndpoint rpcTwo = two.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("rpc");
			await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
				List<CompletableFuture<String>> replies = new ArrayList<>();
				for (int i = 0; i < 20; i++) {
					replies.add(echo.echoAsync("n" + i));
				}
				replies
					.forEach((reply) -> assertThat(reply.orTimeout(5, TimeUnit.SECONDS).join()).startsWith("echo:n"));
				assertThat(rpcOne.getStatistics().getReceived()).isPositive();
				assertThat(rpcTwo.getStatistics().getReceived()).isPositive();
			});
		}
	}

	@Test
	void requestsBeyondMaxInFlightAreRefusedWithAClearError() {
		int port = TestApps.freePort();
		try (ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
				"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.rpc-client.max-in-flight=2")) {
			EchoClient echo = client.getBean(EchoClient.class);
			echo.echoAsync("1");
			echo.echoAsync("2");
			assertThatExceptionOfType(ZmqException.class).isThrownBy(() -> echo.echoAsync("3"))
				.withMessageContaining("max-in-flight");
		}
	}

}
