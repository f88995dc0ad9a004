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

import java.nio.file.Path;
import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.requestreply.EchoClientApp.EchoClient;
import io.github.zmqspring.boot.autoconfigure.requestreply.EchoClientApp.LockstepClient;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Request/reply against pyzmq (libzmq 4.3), an independent ZeroMQ implementation: plain
 * REQ and DEALER peers and an envelope-speaking DEALER call our listeners, and our
 * {@code @ZmqDealerClient} calls pyzmq ROUTER and REP servers.
 */
class PyzmqInteropTests {

	private static ConfigurableApplicationContext server;

	private static int rpcPort;

	private static int lockstepPort;

	@TempDir
	Path workDir;

	@BeforeAll
	static void startServer() {
		PythonPeer.assumePyzmq();
		server = TestApps.run(EchoServerApp.class, "zmq.endpoints.rpc.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.lockstep.bind=tcp://127.0.0.1:*");
		rpcPort = TestApps.port(server, "rpc");
		lockstepPort = TestApps.port(server, "lockstep");
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void plainReqAndDealerPeersGetOneFrameBackWithTheirEnvelopeMirrored() throws Exception {
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/plain_clients.py",
				String.valueOf(rpcPort), String.valueOf(lockstepPort))) {
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("ok");
		}
	}

	@Test
	void aPyzmqDealerSpeakingTheDocumentedEnvelopeGetsRepliesErrorsAndStreams() throws Exception {
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/envelope_client.py",
				String.valueOf(rpcPort))) {
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("ok");
		}
	}

	@Test
	void ourDealerClientCallsAPyzmqRouterServer() throws Exception {
		int port = TestApps.freePort();
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/envelope_server.py", "router",
				String.valueOf(port), "3");
				ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
						"zmq.endpoints.rpc-client.connect=tcp://127.0.0.1:" + port)) {
			EchoClient echo = client.getBean(EchoClient.class);
			assertThat(echo.echo("a")).isEqualTo("A");
			assertThat(echo.echoAsync("b").join()).isEqualTo("B");
			assertThat(echo.mono("c").block(Duration.ofSeconds(10))).isEqualTo("C");
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("served 3");
		}
	}

	@Test
	void ourDealerClientCallsAPyzmqRepServer() throws Exception {
		int port = TestApps.freePort();
		try (PythonPeer peer = PythonPeer.startResource(this.workDir, "python/envelope_server.py", "rep",
				String.valueOf(port), "2");
				ConfigurableApplicationContext client = TestApps.run(EchoClientApp.class,
						"zmq.endpoints.lockstep-client.connect=tcp://127.0.0.1:" + port)) {
			await().atMost(Duration.ofSeconds(20)).until(() -> peer.output().contains("ready"));
			LockstepClient lockstep = client.getBean(LockstepClient.class);
			assertThat(lockstep.call("x")).isEqualTo("X");
			assertThat(lockstep.call("y")).isEqualTo("Y");
			assertThat(peer.awaitSuccess(Duration.ofSeconds(30))).contains("served 2");
		}
	}

}
