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

import java.util.Locale;

import io.github.zmqspring.boot.autoconfigure.ZmqProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Masks ZeroMQ secrets in {@code /actuator/configprops} and {@code /actuator/env}, even
 * with {@code show-values=always}: the values of CURVE secret keys, PLAIN passwords and
 * PLAIN users, whether set under {@code zmq.defaults}, {@code zmq.endpoints} or
 * {@code zmq.proxies}, in any property source (including environment variables such as
 * {@code ZMQ_ENDPOINTS_ORDERS_SECURITY_CURVE_SECRETKEY}); and every other value, under
 * any key and in any property source, that holds one of those secrets once resolved (the
 * environment variable behind {@code secret-key: ${ORDERS_SECRET_KEY}},
 * {@code SPRING_APPLICATION_JSON}, {@code sun.java.command}).
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ZmqSanitizingAutoConfiguration {

	/** The name of the sanitizing function bean. */
	public static final String SANITIZING_FUNCTION_BEAN_NAME = "zmqSecuritySanitizingFunction";

	@Bean(SANITIZING_FUNCTION_BEAN_NAME)
	@ConditionalOnMissingBean(name = SANITIZING_FUNCTION_BEAN_NAME)
	SanitizingFunction zmqSecuritySanitizingFunction(ObjectProvider<ZmqProperties> properties) {
		ZmqSecretValues secrets = new ZmqSecretValues(properties::getIfAvailable);
		return SanitizingFunction.sanitizeValue()
			.ifKeyMatches(ZmqSanitizingAutoConfiguration::isSecret)
			.ifValueStringMatches(secrets::appearIn);
	}

	/**
	 * Whether a property holds a ZeroMQ secret. Accepts the forms Actuator shows:
	 * kebab-case, camelCase and environment variables
	 * ({@code ZMQ_ENDPOINTS_A_SECURITY_CURVE_SECRETKEY}).
	 * @param key the property name
	 * @return whether its value must be masked
	 */
	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replace("-", "").replace('_', '.');
		if (!normalized.startsWith("zmq.") || !normalized.contains(".security.")) {
			return false;
		}
		return normalized.endsWith(".secretkey") || normalized.endsWith(".password")
				|| normalized.contains(".plain.users.") || normalized.endsWith(".plain.users");
	}

}
