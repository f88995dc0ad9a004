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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZmqAddresses}.
 */
class ZmqAddressesTests {

	@ParameterizedTest
	@ValueSource(strings = { "tcp://*:5555", "tcp://*:*", "tcp://127.0.0.1:*", "tcp://localhost:0",
			"tcp://orders-1.svc:65535", "tcp://[::1]:5555", "tcp://eth0;192.168.1.10:5555", "inproc://orders",
			"ipc://orders" })
	void whenAddressIsValidThenItIsReturned(String address) {
		assertThat(ZmqAddresses.validate(address)).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "tcp://localhost", "tcp://:5555", "tcp://host:port", "tcp://host:5555/path", "tcp://*:-1" })
	void whenTcpAddressIsMalformedThenMessageShowsTheExpectedForm(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqAddresses.validate(address))
			.withMessage("'" + address
					+ "' is not a valid tcp address: expected tcp://host:port, with '*' for any interface or a random port");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tcp://*:65536", "tcp://localhost:99999" })
	void whenPortIsTooLargeThenItIsRejected(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqAddresses.validate(address))
			.withMessage("'" + address + "' has a port above 65535");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "localhost:5555", "http://localhost:5555", "udp://*:5555", "inproc://",
			"ipc://with space" })
	void whenSchemeIsUnknownOrNameMissingThenItIsRejected(String address) {
		assertThatIllegalArgumentException().isThrownBy(() -> ZmqAddresses.validate(address))
			.withMessage("'" + address
					+ "' is not a valid ZeroMQ address: expected tcp://host:port, inproc://name or ipc://name");
	}

}
