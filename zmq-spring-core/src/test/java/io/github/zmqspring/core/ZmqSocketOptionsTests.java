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

package io.github.zmqspring.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZmqSocketOptions}, reading the options back from real JeroMQ sockets.
 */
class ZmqSocketOptionsTests {

	private static final ZmqEndpointStatistics STATISTICS = new ZmqEndpointStatistics("test");

	private static ZContext context;

	@BeforeAll
	static void createContext() {
		context = new ZContext(1);
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@Test
	void whenOptionsAreAppliedThenSocketReportsThem() {
		ZmqSocketOptions options = ZmqSocketOptions.builder()
			.sendHwm(123)
			.receiveHwm(456)
			.linger(Duration.ofMillis(250))
			.maxMessageSize(4096)
			.heartbeatInterval(Duration.ofSeconds(2))
			.heartbeatTimeout(Duration.ofSeconds(6))
			.heartbeatTtl(Duration.ofSeconds(10))
			.reconnectInterval(Duration.ofMillis(150))
			.reconnectMaxInterval(Duration.ofSeconds(7))
			.identity("svc-1".getBytes(StandardCharsets.UTF_8))
			.tcpKeepAlive(true)
			.immediate(true)
			.build();
		try (ZMQ.Socket socket = socket(SocketType.DEALER)) {
			options.applyTo(socket, "test", true, STATISTICS);
			assertThat(socket.getSndHWM()).isEqualTo(123);
			assertThat(socket.getRcvHWM()).isEqualTo(456);
			assertThat(socket.getLinger()).isEqualTo(250);
			assertThat(socket.getMaxMsgSize()).isEqualTo(4096);
			assertThat(socket.getHeartbeatIvl()).isEqualTo(2000);
			assertThat(socket.getHeartbeatTimeout()).isEqualTo(6000);
			assertThat(socket.getHeartbeatTtl()).isEqualTo(10_000);
			assertThat(socket.getReconnectIVL()).isEqualTo(150);
			assertThat(socket.getReconnectIVLMax()).isEqualTo(7000);
			assertThat(socket.getIdentity()).asString(StandardCharsets.UTF_8).isEqualTo("svc-1");
			assertThat(socket.getTCPKeepAlive()).isEqualTo(1);
			// libzmq's ZMQ_IMMEDIATE=1 is JeroMQ's immediate=false
			assertThat(socket.isImmediate()).isFalse();
			assertThat(socket.getZapDomain()).as("refuses ZMTP 1.0 and 2.0 peers").isEqualTo("test");
		}
	}

	@Test
	void whenLegacyZmtpIsAcceptedThenTheSocketHasNoZapDomain() {
		try (ZMQ.Socket socket = socket(SocketType.ROUTER)) {
			ZmqSocketOptions.builder().acceptLegacyZmtp(true).build().applyTo(socket, "test", true, STATISTICS);
			assertThat(socket.getZapDomain()).isEmpty();
		}
	}

	@Test
	void whenTheSocketOnlyConnectsThenItHasNoZapDomain() {
		// JeroMQ never reconnects a connection whose handshake failed a protocol check
		try (ZMQ.Socket socket = socket(SocketType.DEALER)) {
			ZmqSocketOptions.DEFAULTS.applyTo(socket, "test", false, STATISTICS);
			assertThat(socket.getZapDomain()).isEmpty();
		}
	}

	@Test
	void whenDefaultsAreAppliedThenLingerIsBoundedAndMessagesAreLimited() {
		try (ZMQ.Socket socket = socket(SocketType.DEALER)) {
			assertThat(socket.getLinger()).as("JeroMQ's raw socket default: wait forever").isEqualTo(-1);
			assertThat(socket.getMaxMsgSize()).as("JeroMQ's default: no limit").isEqualTo(-1);
			ZmqSocketOptions.DEFAULTS.applyTo(socket, "test", true, STATISTICS);
			assertThat(socket.getSndHWM()).isEqualTo(1000);
			assertThat(socket.getRcvHWM()).isEqualTo(1000);
			assertThat(socket.getLinger()).isEqualTo(1000);
			assertThat(socket.getMaxMsgSize()).isEqualTo(16L * 1024 * 1024);
			assertThat(socket.getHeartbeatIvl()).isZero();
			// libzmq's ZMQ_IMMEDIATE=0 (queue on connecting pipes) is JeroMQ's
			// immediate=true
			assertThat(socket.isImmediate()).isTrue();
			assertThat(socket.getTCPKeepAlive()).as("OS default").isEqualTo(-1);
		}
	}

	@Test
	void whenRouterMandatoryThenSendToUnknownPeerFails() {
		try (ZMQ.Socket router = socket(SocketType.ROUTER)) {
			ZmqSocketOptions.DEFAULTS.applyTo(router, "test", true, STATISTICS);
			assertThatExceptionOfType(ZMQException.class)
				.isThrownBy(() -> router.send("nobody".getBytes(StandardCharsets.UTF_8), ZMQ.SNDMORE | ZMQ.DONTWAIT))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(zmq.ZError.EHOSTUNREACH));
		}
		try (ZMQ.Socket router = socket(SocketType.ROUTER)) {
			ZmqSocketOptions.builder().routerMandatory(false).build().applyTo(router, "test", true, STATISTICS);
			assertThat(router.send("nobody".getBytes(StandardCharsets.UTF_8), ZMQ.SNDMORE | ZMQ.DONTWAIT))
				.as("silently dropped")
				.isTrue();
			assertThat(router.send("lost", ZMQ.DONTWAIT)).isTrue();
		}
	}

	@Test
	void whenToBuilderThenEveryOptionIsKept() {
		ZmqSocketOptions options = ZmqSocketOptions.builder()
			.sendHwm(1)
			.receiveHwm(2)
			.linger(Duration.ZERO)
			.heartbeatInterval(Duration.ofSeconds(1))
			.heartbeatTimeout(Duration.ofSeconds(3))
			.heartbeatTtl(Duration.ofSeconds(4))
			.reconnectInterval(Duration.ofMillis(10))
			.reconnectMaxInterval(Duration.ofSeconds(1))
			.maxMessageSize(-1)
			.identity(new byte[] { 7 })
			.routerMandatory(false)
			.tcpKeepAlive(false)
			.immediate(true)
			.build();
		ZmqSocketOptions copy = options.toBuilder().build();
		assertThat(copy).usingRecursiveComparison().isEqualTo(options);
		assertThat(copy.identity()).containsExactly(7);
	}

	@Test
	void whenValuesAreOutOfRangeThenBuilderSaysWhich() {
		ZmqSocketOptions.Builder builder = ZmqSocketOptions.builder();
		assertThatIllegalArgumentException().isThrownBy(() -> builder.sendHwm(-1))
			.withMessage("'sendHwm' must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.receiveHwm(-1))
			.withMessage("'receiveHwm' must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.linger(Duration.ofMillis(-1)))
			.withMessage("'linger' must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.linger(Duration.ofDays(30)))
			.withMessage("'linger' must be at most 2147483647ms");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.maxMessageSize(-2))
			.withMessage("'maxMessageSize' must be -1 (no limit) or a size in bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.heartbeatInterval(Duration.ofSeconds(-1)))
			.withMessage("'heartbeatInterval' must not be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.reconnectMaxInterval(Duration.ofDays(30)))
			.withMessage("'reconnectMaxInterval' must be at most 2147483647ms");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.identity(new byte[0]))
			.withMessage("'identity' must be 1 to 255 bytes and must not start with a zero byte");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.identity(new byte[] { 0, 1 }))
			.withMessage("'identity' must be 1 to 255 bytes and must not start with a zero byte");
	}

	@Test
	void whenHeartbeatTtlExceedsWhatZmtpCarriesThenBuilderRejectsIt() {
		try (ZMQ.Socket socket = socket(SocketType.DEALER)) {
			ZmqSocketOptions.builder()
				.heartbeatTtl(Duration.ofMillis(655_399))
				.build()
				.applyTo(socket, "test", true, STATISTICS);
			assertThat(socket.getHeartbeatTtl()).isEqualTo(655_300);
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ZmqSocketOptions.builder().heartbeatTtl(Duration.ofMillis(655_400)))
			.withMessage("'heartbeatTtl' must be at most 655399ms (ZMTP sends it in deciseconds)");
	}

	private static ZMQ.Socket socket(SocketType type) {
		return context.getContext().socket(type);
	}

}
