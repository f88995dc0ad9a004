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

package io.github.zmqspring.client;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqTopic;
import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.util.StringUtils;

/**
 * The roles of a client method's parameters, worked out once: the one unannotated
 * parameter is the payload, {@code @Header} parameters become envelope headers, and a
 * {@code @ZmqTopic} parameter is the topic to publish on.
 */
final class ClientParameters {

	private final int payloadIndex;

	private final int topicIndex;

	private final Map<Integer, String> headerIndexes = new LinkedHashMap<>();

	ClientParameters(Method method) {
		int payload = -1;
		int topic = -1;
		for (int i = 0; i < method.getParameterCount(); i++) {
			MethodParameter parameter = MethodParameter.forExecutable(method, i);
			Header header = parameter.getParameterAnnotation(Header.class);
			if (header != null) {
				String name = StringUtils.hasText(header.name()) ? header.name() : header.value();
				this.headerIndexes.put(i, StringUtils.hasText(name) ? name : method.getParameters()[i].getName());
			}
			else if (parameter.hasParameterAnnotation(ZmqTopic.class)) {
				topic = i;
			}
			else if (payload == -1) {
				payload = i;
			}
			else {
				throw new IllegalStateException("Client method " + method + " has more than one payload parameter; "
						+ "mark the others with @Header");
			}
		}
		this.payloadIndex = payload;
		this.topicIndex = topic;
	}

	ZmqPayload payload(@Nullable Object[] args, ZmqPayloadConverter converter, @Nullable String contentType) {
		Object value = (this.payloadIndex >= 0) ? args[this.payloadIndex] : null;
		return (value != null) ? converter.toPayload(value, contentType) : new ZmqPayload(new byte[0], null);
	}

	@Nullable String topic(@Nullable Object[] args) {
		Object topic = (this.topicIndex >= 0) ? args[this.topicIndex] : null;
		return (topic != null) ? topic.toString() : null;
	}

	Map<String, String> headers(@Nullable Object[] args) {
		if (this.headerIndexes.isEmpty()) {
			return Map.of();
		}
		Map<String, String> headers = new HashMap<>();
		this.headerIndexes.forEach((index, name) -> {
			if (args[index] != null) {
				headers.put(name, args[index].toString());
			}
		});
		return headers;
	}

}
