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

package io.github.zmqspring.boot.autoconfigure.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.EchoService;
import io.github.zmqspring.boot.autoconfigure.brokerclient.BrokerClientApp.TokenService;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.broker.ZmqBroker;
import io.github.zmqspring.client.ZmqTimeoutException;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interoperability with MDP/0.2 peers written in Python from RFC 18 alone
 * ({@code src/test/resources/mdp/*.py}, pyzmq): a Python client and worker against our
 * broker and our {@code @ZmqWorker}, and our client and worker against a Python broker.
 */
class MdpPythonInteropTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	Path work;

	@Test
	void pythonClientAndWorkerWorkWithOurBrokerAndOurWorkers() throws IOException {
		PythonPeer.assumePyzmq();
		int port = TestApps.freePort();
		String address = "tcp://127.0.0.1:" + port;
		try (ConfigurableApplicationContext app = TestApps.run(WorkerApps.EchoWorkerApp.class,
				"zmq.brokers.main.bind=" + address, "zmq.endpoints.mdp.connect=" + address);
				PythonPeer worker = PythonPeer.startResource(dir("worker"), "mdp/mdp_worker.py", address, "py-echo",
						"1")) {
			ZmqBroker broker = (ZmqBroker) app.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("main");
			await().atMost(WAIT)
				.until(() -> broker.getServices()
					.stream()
					.anyMatch((service) -> service.getService().equals("py-echo") && service.getWorkers() == 1));

			assertThat(client("to-python", address, "py-echo", "hello", "py:hello", "partial")).contains("py:hello");
			assertThat(client("to-java", address, "echo", "hi", "echo:hi")).contains("echo:hi");
			assertThat(client("stream", address, "tokens", "a b c", "", "a", "b", "c"))
				.contains("partials ['a', 'b', 'c']");
			assertThat(worker.awaitSuccess(WAIT)).contains("served 1");
			await().atMost(WAIT)
				.until(() -> broker.getServices()
					.stream()
					.anyMatch((service) -> service.getService().equals("py-echo") && service.getWorkers() == 0));
		}
	}

	@Test
	void ourClientAndWorkerWorkWithAPythonBroker() throws IOException {
		PythonPeer.assumePyzmq();
		int port = TestApps.freePort();
		String address = "tcp://127.0.0.1:" + port;
		try (PythonPeer broker = PythonPeer.startResource(dir("broker"), "mdp/mdp_broker.py", String.valueOf(port))) {
			await().atMost(WAIT).until(() -> broker.output().contains("ready") || !broker.isAlive());
			assertThat(broker.isAlive()).as("python broker: %s", broker.output()).isTrue();
			try (ConfigurableApplicationContext workers = TestApps.run(WorkerApps.EchoWorkerApp.class,
					"zmq.endpoints.mdp.connect=" + address);
					ConfigurableApplicationContext clients = TestApps.run(BrokerClientApp.class,
							"zmq.endpoints.echo-service.connect=" + address, "zmq.endpoints.echo-service.service=echo",
							"zmq.endpoints.echo-service.request-timeout=2s",
							"zmq.endpoints.token-service.connect=" + address,
							"zmq.endpoints.token-service.service=tokens",
							"zmq.endpoints.fail-service.connect=" + address,
							"zmq.endpoints.fail-service.service=fail")) {
				EchoService echo = clients.getBean(EchoService.class);
				// the python broker queues requests for services no worker registered yet
				String reply = await().atMost(WAIT)
					.ignoreExceptionsInstanceOf(ZmqTimeoutException.class)
					.until(() -> echo.echo("through python"), (value) -> value != null);
				assertThat(reply).isEqualTo("echo:through python");
				assertThat(clients.getBean(TokenService.class).tokens("one two").collectList().block())
					.containsExactly("one", "two");
			}
		}
	}

	private String client(String name, String address, String service, String body, String... expected)
			throws IOException {
		String[] args = new String[3 + expected.length];
		args[0] = address;
		args[1] = service;
		args[2] = body;
		System.arraycopy(expected, 0, args, 3, expected.length);
		try (PythonPeer client = PythonPeer.startResource(dir(name), "mdp/mdp_client.py", args)) {
			return client.awaitSuccess(WAIT);
		}
	}

	private Path dir(String name) throws IOException {
		return Files.createDirectories(this.work.resolve(name));
	}

}
