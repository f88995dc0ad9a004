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

package io.github.zmqspring.boot.autoconfigure.brokerclient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.ClashingNamedService;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.EchoService;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.FailService;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.NamedService;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.TokenService;
import io.github.zmqspring.boot.autoconfigure.broker.WorkerApps;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.client.ZmqTemplate;
import io.github.zmqspring.core.ZmqException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @ZmqDealerClient} interfaces and {@link ZmqTemplate} whose endpoints name an MDP
 * service, talking through a broker to {@code @ZmqWorker} methods in another application.
 */
class ZmqBrokerClientTests {

	@Test
	void clientsCallWorkersThroughTheBrokerWithManyRequestsInFlightStreamsErrorsAndRetryAcrossABrokerRestart()
			throws Exception {
		int port = TestApps.freePort();
		String address = "tcp://127.0.0.1:" + port;
		String[] brokerProperties = { "zmq.brokers.main.bind=" + address, "zmq.brokers.main.max-queued=5000",
				"zmq.brokers.main.worker-heartbeat-interval=200ms" };
		ConfigurableApplicationContext broker = TestApps.run(WorkerApps.BrokerApp.class, brokerProperties);
		try (ConfigurableApplicationContext workers = TestApps.run(WorkerApps.EchoWorkerApp.class,
				"zmq.endpoints.mdp.connect=" + address, "zmq.worker.heartbeat-interval=200ms",
				// the error text travels through the broker (by default a peer gets only
				// "Internal error")
				"zmq.listener.error.include-message=always");
				ConfigurableApplicationContext clients = TestApps.run(BrokerClientApp.class,
						"zmq.endpoints.echo-service.connect=" + address, "zmq.endpoints.echo-service.service=echo",
						"zmq.endpoints.echo-service.request-timeout=3s",
						"zmq.endpoints.echo-service.retry.max-retries=20",
						"zmq.endpoints.token-service.connect=" + address, "zmq.endpoints.token-service.service=tokens",
						"zmq.endpoints.fail-service.connect=" + address, "zmq.endpoints.fail-service.service=fail",
						// the interface's service = "${test.named-service:echo}" wins
						// over this property
						"zmq.endpoints.named-service.connect=" + address, "zmq.endpoints.named-service.service=fail")) {
			EchoService echo = clients.getBean(EchoService.class);
			assertThat(echo.echo("hello")).isEqualTo("echo:hello");

			List<CompletableFuture<String>> inFlight = IntStream.range(0, 1000)
				.mapToObj((i) -> echo.echoAsync("m" + i))
				.toList();
			CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0])).get();
			assertThat(inFlight).allSatisfy((reply) -> assertThat(reply.join()).startsWith("echo:m"));
			assertThat(inFlight.get(999).join()).isEqualTo("echo:m999");

			assertThat(clients.getBean(TokenService.class).tokens("streamed through a broker").collectList().block())
				.containsExactly("streamed", "through", "a", "broker");
			assertThatExceptionOfType(ZmqRemoteException.class)
				.isThrownBy(() -> clients.getBean(FailService.class).fail("this"))
				.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(500))
				.withMessageContaining("cannot do this");

			List<CompletableFuture<String>> named = IntStream.range(0, 100)
				.mapToObj((i) -> clients.getBean(NamedService.class).call("n" + i))
				.toList();
			assertThat(named).allSatisfy((reply) -> assertThat(reply.get()).startsWith("echo:n"));
			assertThatExceptionOfType(BeanCreationException.class)
				.isThrownBy(() -> clients.getBean(ClashingNamedService.class))
				.havingRootCause()
				.withMessage("ZeroMQ client endpoint 'named-service' is declared with service echo and with service "
						+ "tokens: one socket asks for one service, give the clients different 'endpoint' names");

			assertThat(clients.getBean(ZmqTemplate.class).request("echo-service", "", "via template", String.class))
				.isEqualTo("echo:via template");
			assertThatExceptionOfType(ZmqException.class).isThrownBy(() -> echo.tell("one-way"))
				.withMessageContaining("one-way messages are not possible");

			broker.close();
			broker = TestApps.run(WorkerApps.BrokerApp.class, brokerProperties);
			// lost with the old broker, the request is retried until the workers are
			// registered again
			assertThat(echo.echo("after restart")).isEqualTo("echo:after restart");
		}
		finally {
			broker.close();
		}
	}

}
