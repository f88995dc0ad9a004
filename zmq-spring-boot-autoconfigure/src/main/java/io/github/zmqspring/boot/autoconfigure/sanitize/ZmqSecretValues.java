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

package io.github.zmqspring.boot.autoconfigure.sanitize;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.zmqspring.boot.autoconfigure.ZmqProperties;
import io.github.zmqspring.boot.autoconfigure.ZmqSecurityProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * The secrets configured under {@code zmq.*.security} (CURVE secret keys, PLAIN passwords
 * and the passwords of PLAIN users), as bound, so after placeholder resolution: a value
 * that holds one of them is masked wherever it comes from, such as the environment
 * variable a {@code ${ORDERS_SECRET_KEY}} placeholder points to,
 * {@code SPRING_APPLICATION_JSON} or the {@code sun.java.command} system property. Each
 * secret is also looked for as written in a property value ({@code ${} escaped as {@code
 * \${}) and inside a JSON string. Read from the properties on first use; empty values are
 * no secrets.
 */
final class ZmqSecretValues {

	private final Supplier<Set<String>> secrets;

	/**
	 * Create an instance.
	 * @param properties supplies the bound properties, or {@code null} without ZeroMQ
	 */
	ZmqSecretValues(Supplier<@Nullable ZmqProperties> properties) {
		this.secrets = SingletonSupplier.of(() -> collect(properties.get()));
	}

	/**
	 * Whether a value holds a configured secret.
	 * @param value the value as Actuator would show it
	 * @return whether it must be masked
	 */
	boolean appearIn(String value) {
		for (String secret : this.secrets.get()) {
			if (value.contains(secret)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> collect(@Nullable ZmqProperties properties) {
		Set<String> secrets = new LinkedHashSet<>();
		if (properties == null) {
			return secrets;
		}
		Stream<ZmqProperties.Options> proxySides = properties.getProxies()
			.values()
			.stream()
			.flatMap((proxy) -> Stream.of(proxy.getFrontend(), proxy.getBackend()));
		Stream.of(Stream.of(properties.getDefaults()), properties.getEndpoints().values().stream(), proxySides)
			.flatMap((options) -> options)
			.map(ZmqProperties.Options::getSecurity)
			.flatMap(ZmqSecretValues::secretsOf)
			.filter(StringUtils::hasLength)
			.forEach((secret) -> {
				secrets.add(secret);
				secrets.add(secret.replace("${", "\\${"));
				secrets.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
			});
		return secrets;
	}

	private static Stream<@Nullable String> secretsOf(ZmqSecurityProperties security) {
		return Stream.concat(Stream.of(security.getCurve().getSecretKey(), security.getPlain().getPassword()),
				security.getPlain().getUsers().values().stream());
	}

}
