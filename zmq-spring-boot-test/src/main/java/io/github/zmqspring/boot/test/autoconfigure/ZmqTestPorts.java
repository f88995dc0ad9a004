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

package io.github.zmqspring.boot.test.autoconfigure;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.github.zmqspring.core.ZmqEndpointDefinitions;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.test.util.TestSocketUtils;

/**
 * Moves every local {@code tcp://} port of the slice's endpoints to a free one, the same
 * new port for every address that names the same configured port, so clients still find
 * the listeners they connect to. Applied to the {@link ZmqEndpointDefinitions} bean.
 */
final class ZmqTestPorts implements BeanPostProcessor, UnaryOperator<String> {

	private static final Set<String> LOCAL_HOSTS = Set.of("*", "0.0.0.0", "localhost", "127.0.0.1");

	private final Map<Integer, Integer> ports = new ConcurrentHashMap<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof ZmqEndpointDefinitions definitions) ? definitions.withAddressMapper(this) : bean;
	}

	@Override
	public String apply(String address) {
		int colon = address.lastIndexOf(':');
		if (!address.startsWith("tcp://") || colon < "tcp://".length()) {
			return address;
		}
		String host = address.substring("tcp://".length(), colon);
		Integer port = parsePort(address.substring(colon + 1));
		if (port == null || port == 0 || !LOCAL_HOSTS.contains(host) || this.ports.containsValue(port)) {
			// not a fixed local port, or one this slice handed out already (a bound
			// address)
			return address;
		}
		return "tcp://" + host + ":"
				+ this.ports.computeIfAbsent(port, (key) -> TestSocketUtils.findAvailableTcpPort());
	}

	private static Integer parsePort(String port) {
		try {
			return Integer.valueOf(port);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
