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

package io.github.zmqspring.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.core.ZmqContextFactoryBean;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqSocketOptions;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ZmqProperties}: the defaults its descriptions document are the ones
 * the engine and JeroMQ actually use.
 */
class ZmqPropertiesTests {

	private static final ZmqSocketOptions BUILT_IN = ZmqSocketOptions.DEFAULTS;

	private static final ZmqEndpointDefinition BUILT_IN_DEFINITION = ZmqEndpointDefinition.builder("default")
		.bind(List.of("tcp://*:*"))
		.build();

	private final ZmqProperties properties = new ZmqProperties();

	@Test
	void contextDefaultValuesAreConsistentWithTheFactoryBeanAndJeroMq() {
		ZmqProperties.Context context = this.properties.getContext();
		ZmqContextFactoryBean factoryBean = new ZmqContextFactoryBean();
		assertThat(context.getIoThreads()).isEqualTo(ReflectionTestUtils.getField(factoryBean, "ioThreads"))
			.isEqualTo(zmq.ZMQ.ZMQ_IO_THREADS_DFLT);
		assertThat(context.getMaxSockets()).isEqualTo(ReflectionTestUtils.getField(factoryBean, "maxSockets"))
			.isEqualTo(zmq.ZMQ.ZMQ_MAX_SOCKETS_DFLT);
		assertThat(context.getShutdownTimeout()).isEqualTo(ReflectionTestUtils.getField(factoryBean, "shutdownTimeout"))
			.isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void listenerDefaultValuesAreTheDocumentedOnes() {
		assertThat(this.properties.getListener().getConcurrency()).isEqualTo(10);
		assertThat(this.properties.getListener().getPoolSize()).isEqualTo(16);
	}

	@Test
	void socketOptionsAreUnsetByDefaultSoThatTheBuiltInDefaultsApply() {
		ZmqProperties.Options defaults = this.properties.getDefaults();
		assertThat(defaults).hasAllNullFieldsOrPropertiesExcept("heartbeat", "reconnect", "retry", "health",
				"security");
		assertThat(defaults.getHeartbeat()).hasAllNullFieldsOrProperties();
		assertThat(defaults.getHealth()).hasAllNullFieldsOrProperties();
		assertThat(defaults.getReconnect()).hasAllNullFieldsOrProperties();
		assertThat(defaults.getRetry()).hasAllNullFieldsOrProperties();
		assertThat(defaults.getSecurity()).hasAllNullFieldsOrPropertiesExcept("allow", "deny", "curve", "plain");
		assertThat(defaults.getSecurity().getAllow()).isEmpty();
		assertThat(defaults.getSecurity().getDeny()).isEmpty();
		assertThat(defaults.getSecurity().getCurve()).hasAllNullFieldsOrPropertiesExcept("authorizedKeys");
		assertThat(defaults.getSecurity().getPlain()).hasAllNullFieldsOrPropertiesExcept("users");
		assertThat(new ZmqProperties.Endpoint()).hasAllNullFieldsOrPropertiesExcept("heartbeat", "reconnect", "retry",
				"health", "bind", "connect", "security", "discovery");
		assertThat(new ZmqProperties.Discovery()).hasAllNullFieldsOrPropertiesExcept("refreshInterval");
	}

	@Test
	void documentedOptionDefaultsAreTheBuiltInDefaults() throws Exception {
		Map<String, String> documented = Map.ofEntries(Map.entry("send-hwm", "Defaults to " + BUILT_IN.sendHwm() + "."),
				Map.entry("receive-hwm", "Defaults to " + BUILT_IN.receiveHwm() + "."),
				Map.entry("linger", "Defaults to " + BUILT_IN.linger().toSeconds() + "s"),
				Map.entry("handshake-timeout", "Defaults to " + BUILT_IN.handshakeTimeout().toSeconds() + "s,"),
				Map.entry("max-message-size", "Defaults to " + BUILT_IN.maxMessageSize() / (1024 * 1024) + "MB."),
				Map.entry("router-mandatory", "Defaults to " + BUILT_IN.routerMandatory() + "."),
				Map.entry("immediate", "Defaults to " + BUILT_IN.immediate() + ":"),
				Map.entry("send-queue-capacity", "Defaults to " + BUILT_IN_DEFINITION.sendQueueCapacity() + "."),
				Map.entry("send-timeout", "Defaults to " + BUILT_IN_DEFINITION.sendTimeout().toSeconds() + "s."),
				Map.entry("request-timeout", "Defaults to " + BUILT_IN_DEFINITION.requestTimeout().toSeconds() + "s."),
				Map.entry("max-in-flight", "Defaults to " + BUILT_IN_DEFINITION.maxInFlight() + "."));
		for (Map.Entry<String, String> entry : documented.entrySet()) {
			assertThat(ZmqConfigurationMetadata.description("zmq.defaults." + entry.getKey())).as(entry.getKey())
				.contains(entry.getValue());
		}
		assertThat(BUILT_IN.maxMessageSize()).isEqualTo(16L * 1024 * 1024);
	}

	@Test
	void optionsLeftToTheLibraryAreDocumentedWithJeroMqsDefaults() throws Exception {
		assertThat(BUILT_IN.tcpKeepAlive()).isNull();
		assertThat(zmq.ZMQ.DEFAULT_TCP_KEEP_ALIVE).isEqualTo(-1);
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.tcp-keep-alive"))
			.contains("operating system's default");
		assertThat(BUILT_IN.heartbeatInterval()).isNull();
		assertThat(zmq.ZMQ.DEFAULT_HEARTBEAT_INTERVAL).isZero();
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.heartbeat.interval"))
			.contains("Unset sends no heartbeats");
		assertThat(BUILT_IN.reconnectInterval()).isNull();
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.reconnect.interval"))
			.contains("JeroMQ's default of " + zmq.ZMQ.DEFAULT_RECONNECT_IVL + "ms");
		assertThat(BUILT_IN.reconnectMaxInterval()).isNull();
		assertThat(zmq.ZMQ.DEFAULT_RECONNECT_IVL_MAX).as("0: the delay stays at the interval").isZero();
	}

	@Test
	void builtInDefaultsDifferFromJeroMqOnlyWhereDocumented() throws Exception {
		assertThat(BUILT_IN.sendHwm()).isEqualTo(zmq.ZMQ.DEFAULT_SEND_HWM);
		assertThat(BUILT_IN.receiveHwm()).isEqualTo(zmq.ZMQ.DEFAULT_RECV_HWM);
		// JeroMQ's immediate flag is inverted: its default 'true' is libzmq's
		// ZMQ_IMMEDIATE=0
		assertThat(BUILT_IN.immediate()).isEqualTo(!zmq.ZMQ.DEFAULT_IMMEDIATE);
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.immediate"))
			.contains("JeroMQ's own 'immediate' flag means the opposite");
		assertThat(zmq.ZMQ.DEFAULT_LINGER).isEqualTo(-1);
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.linger")).contains("wait forever");
		assertThat(zmq.ZMQ.DEFAULT_MAX_MSG_SIZE).isEqualTo(-1);
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.max-message-size"))
			.contains("'-1' means JeroMQ's own bound");
		// JeroMQ serves ZMTP 1.0 and 2.0 peers unless a ZAP domain is set
		assertThat(BUILT_IN.acceptLegacyZmtp()).isFalse();
		assertThat(ZmqConfigurationMetadata.description("zmq.defaults.accept-legacy-zmtp"))
			.contains("Defaults to false");
	}

}
