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

package io.github.zmqspring.security;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.zmqspring.core.ZmqContextFactoryBean;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZCert;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link ZmqSecurity} and the {@link ZmqAuthenticator}: a ROUTER echo endpoint
 * with CURVE, PLAIN or an address filter, and raw JeroMQ clients over TCP on loopback.
 */
class ZmqSecurityTests {

	private static final Duration FIRST_REPLY = Duration.ofSeconds(6);

	private static final Duration NOTHING_ARRIVES = Duration.ofMillis(1500);

	private final ZmqKeyPair serverKeys = ZmqKeyPair.generate();

	private final ZmqKeyPair clientKeys = ZmqKeyPair.generate();

	private final AtomicInteger handled = new AtomicInteger();

	private ZmqContextFactoryBean contextFactory;

	private ZContext context;

	private ZmqSocketLoop server;

	private String address;

	@BeforeEach
	void createContext() {
		this.contextFactory = new ZmqContextFactoryBean();
		this.context = this.contextFactory.getObject();
	}

	@AfterEach
	void closeContext() throws Exception {
		if (this.server != null) {
			this.server.stop();
		}
		this.contextFactory.destroy();
	}

	@Test
	void whenCurveClientKeyIsAuthorizedThenItGetsReplies() {
		startServer(ZmqSecurity.curveServer(this.serverKeys,
				ZmqCurveClientKeys.of(List.of(this.clientKeys.publicKeyZ85()), null)));
		assertThat(request(curveClient(this.clientKeys, this.serverKeys.publicKeyZ85()), FIRST_REPLY))
			.isEqualTo("echo:hello");
		assertThat(this.server.getStatistics().getAuthenticationFailures("curve")).isZero();
	}

	@Test
	void whenCurveClientIsUnknownOrUsesWrongServerKeyOrNoSecurityThenNothingReachesTheHandler() {
		startServer(ZmqSecurity.curveServer(this.serverKeys,
				ZmqCurveClientKeys.of(List.of(this.clientKeys.publicKeyZ85()), null)));
		ZMQ.Socket stranger = curveClient(ZmqKeyPair.generate(), this.serverKeys.publicKeyZ85());
		ZMQ.Socket wrongServerKey = curveClient(this.clientKeys, ZmqKeyPair.generate().publicKeyZ85());
		ZMQ.Socket plaintext = client((socket) -> {
		});
		for (ZMQ.Socket socket : List.of(stranger, wrongServerKey, plaintext)) {
			socket.send("hello");
		}
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.server.getStatistics().getAuthenticationFailures("curve") > 0);
		assertNothingHandled(stranger, wrongServerKey, plaintext);
		assertThat(request(curveClient(this.clientKeys, this.serverKeys.publicKeyZ85()), FIRST_REPLY))
			.as("the server keeps serving authorized clients")
			.isEqualTo("echo:hello");
	}

	@Test
	void whenCurveServerAllowsAnyThenEveryCurveClientGetsReplies() {
		startServer(ZmqSecurity.curveServer(this.serverKeys, ZmqCurveClientKeys.any()));
		assertThat(request(curveClient(ZmqKeyPair.generate(), this.serverKeys.publicKeyZ85()), FIRST_REPLY))
			.isEqualTo("echo:hello");
	}

	@Test
	void whenCertificateIsAddedToTheDirectoryThenTheClientIsAcceptedWithoutRestart(@TempDir Path directory)
			throws Exception {
		new ZCert(ZmqKeyPair.generate().publicKeyZ85(), null).savePublic(directory.resolve("other").toString());
		startServer(ZmqSecurity.curveServer(this.serverKeys, ZmqCurveClientKeys.of(List.of(), directory.toFile())));
		ZMQ.Socket early = curveClient(this.clientKeys, this.serverKeys.publicKeyZ85());
		early.send("hello");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.server.getStatistics().getAuthenticationFailures("curve") > 0);
		assertNothingHandled(early);

		File certificate = directory.resolve("client").toFile();
		new ZCert(this.clientKeys.publicKeyZ85(), null).savePublic(certificate.getPath());
		assertThat(certificate.setLastModified(System.currentTimeMillis() + 2000)).isTrue();
		assertThat(directory.toFile().setLastModified(System.currentTimeMillis() + 2000)).isTrue();
		assertThat(request(curveClient(this.clientKeys, this.serverKeys.publicKeyZ85()), FIRST_REPLY))
			.isEqualTo("echo:hello");
	}

	@Test
	void whenPlainPasswordIsRightThenRepliesElseNothingReachesTheHandler() {
		startServer(ZmqSecurity.plainServer(ZmqPlainUsers.of(Map.of("alice", "s3cret"))));
		ZMQ.Socket wrong = plainClient("alice", "guess");
		ZMQ.Socket unknown = plainClient("mallory", "s3cret");
		wrong.send("hello");
		unknown.send("hello");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.server.getStatistics().getAuthenticationFailures("plain") >= 2);
		assertNothingHandled(wrong, unknown);
		assertThat(request(plainClient("alice", "s3cret"), FIRST_REPLY)).isEqualTo("echo:hello");
	}

	@Test
	void whenAddressIsDeniedThenHandshakeIsRefusedEvenWithoutMechanism() {
		startServer(ZmqSecurity.NONE.withAddressFilter(ZmqAddressFilter.of(List.of(), List.of("127.0.0.1"))));
		ZMQ.Socket denied = client((socket) -> {
		});
		denied.send("hello");
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.server.getStatistics().getAuthenticationFailures("none") > 0);
		assertNothingHandled(denied);
	}

	@Test
	void whenAddressIsAllowedThenPlainUserGetsReplies() {
		startServer(ZmqSecurity.plainServer(ZmqPlainUsers.of(Map.of("alice", "s3cret")))
			.withAddressFilter(ZmqAddressFilter.of(List.of("127.0.0.1"), List.of())));
		assertThat(request(plainClient("alice", "s3cret"), FIRST_REPLY)).isEqualTo("echo:hello");
	}

	@Test
	void whenContextFactoryIsDestroyedThenTheZapHandlerStopsFirst() throws Exception {
		startServer(ZmqSecurity.curveServer(this.serverKeys, ZmqCurveClientKeys.any()));
		assertThat(threadNames()).contains("zmq-zap-io");
		this.server.stop();
		this.server = null;
		this.contextFactory.destroy();
		assertThat(this.context.isClosed()).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> !threadNames().contains("zmq-zap-io"));
	}

	@Test
	void whenSecurityIsPrintedThenSecretsAreMasked() {
		ZmqSecurity client = ZmqSecurity.curveClient(this.clientKeys, this.serverKeys.publicKeyZ85());
		ZmqSecurity plain = ZmqSecurity.plainClient("alice", "s3cret");
		assertThat(client.toString()).contains(this.clientKeys.publicKeyZ85())
			.doesNotContain(this.clientKeys.secretKeyZ85());
		assertThat(this.clientKeys.toString()).doesNotContain(this.clientKeys.secretKeyZ85());
		assertThat(plain.toString()).contains("alice").doesNotContain("s3cret");
		assertThat(ZmqPlainUsers.of(Map.of("alice", "s3cret")).toString()).doesNotContain("s3cret", "alice");
	}

	@Test
	void whenKeyGeneratorPrintsAPairThenItReadsBackAsAMatchingPair() {
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		ZmqKeyGenerator.print(this.serverKeys, new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
		List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).containsExactly("public-key: " + this.serverKeys.publicKeyZ85(),
				"secret-key: " + this.serverKeys.secretKeyZ85());
		assertThat(ZmqKeyPair.of(lines.get(0).substring(12), lines.get(1).substring(12)).publicKeyZ85())
			.isEqualTo(this.serverKeys.publicKeyZ85());
	}

	private void startServer(ZmqSecurity security) {
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("secured")
			.type(SocketType.ROUTER)
			.bind(List.of("tcp://127.0.0.1:*"))
			.security(security)
			.build();
		ZmqSocketLoop[] loop = new ZmqSocketLoop[1];
		loop[0] = new ZmqSocketLoop(this.context, definition, ZmqEndpointRole.LISTENER, List.of(), (message, done) -> {
			this.handled.incrementAndGet();
			ZMsg reply = new ZMsg();
			reply.add(message.pop());
			reply.add("echo:" + message.popString());
			loop[0].send(reply);
			done.run();
		}, 10);
		loop[0].setShutdownTimeout(Duration.ofSeconds(1));
		loop[0].start();
		this.server = loop[0];
		this.address = this.server.getBoundAddresses().get(0);
	}

	private ZMQ.Socket curveClient(ZmqKeyPair keys, String serverKey) {
		return client((socket) -> ZmqSecurity.curveClient(keys, serverKey)
			.applyTo(this.context, socket, "client", this.server.getStatistics()));
	}

	private ZMQ.Socket plainClient(String username, String password) {
		return client((socket) -> ZmqSecurity.plainClient(username, password)
			.applyTo(this.context, socket, "client", this.server.getStatistics()));
	}

	private ZMQ.Socket client(Consumer<ZMQ.Socket> security) {
		ZMQ.Socket socket = TestSockets.create(this.context, SocketType.DEALER);
		security.accept(socket);
		socket.connect(this.address);
		return socket;
	}

	private static String request(ZMQ.Socket socket, Duration timeout) {
		socket.setReceiveTimeOut((int) timeout.toMillis());
		socket.send("hello");
		byte[] reply = socket.recv();
		assertThat(reply).as("reply within %s", timeout).isNotNull();
		return new String(reply, StandardCharsets.UTF_8);
	}

	private void assertNothingHandled(ZMQ.Socket... clients) {
		for (ZMQ.Socket socket : clients) {
			socket.setReceiveTimeOut((int) NOTHING_ARRIVES.toMillis());
		}
		assertThat(clients[0].recv()).isNull();
		for (ZMQ.Socket socket : clients) {
			assertThat(socket.recv(ZMQ.DONTWAIT)).isNull();
		}
		assertThat(this.handled).hasValue(0);
	}

	private static List<String> threadNames() {
		return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
	}

}
