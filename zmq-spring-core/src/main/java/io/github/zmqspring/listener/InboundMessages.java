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

package io.github.zmqspring.listener;

import java.util.Map;

import io.github.zmqspring.core.ZmqMessageHeaders;
import io.github.zmqspring.protocol.ZmqEnvelope;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;

/**
 * Builds the Spring message a listener method receives from what arrived on the socket:
 * the body as payload, the envelope's content type and user headers, and the starter's
 * own headers. A user header cannot pose as one of those: one named
 * {@link MessageHeaders#CONTENT_TYPE} or starting with {@link ZmqHeaders#PREFIX} is left
 * out, so {@code @Header(MessageHeaders.CONTENT_TYPE)} is always the envelope's content
 * type.
 */
final class InboundMessages {

	private InboundMessages() {
	}

	/**
	 * Create the message.
	 * @param body the payload
	 * @param envelope the envelope, or {@code null} for plain peers
	 * @param endpoint the endpoint name
	 * @param route the route served
	 * @param extra further headers (identity, topic), may be empty
	 * @return the message
	 */
	static Message<byte[]> create(byte[] body, @Nullable ZmqEnvelope envelope, String endpoint, String route,
			Map<String, Object> extra) {
		return new GenericMessage<>(body, ZmqMessageHeaders.filledBy((headers) -> {
			if (envelope != null) {
				envelope.headers().forEach((name, value) -> {
					if (!isReserved(name)) {
						headers.put(name, value);
					}
				});
				if (envelope.correlationId() != 0) {
					headers.put(ZmqHeaders.CORRELATION_ID, envelope.correlationId());
				}
				if (envelope.contentType() != null) {
					headers.put(MessageHeaders.CONTENT_TYPE, envelope.contentType());
				}
			}
			headers.putAll(extra);
			headers.put(ZmqHeaders.ENDPOINT, endpoint);
			headers.put(ZmqHeaders.ROUTE, route);
		}));
	}

	private static boolean isReserved(String name) {
		return name.equals(MessageHeaders.CONTENT_TYPE) || name.startsWith(ZmqHeaders.PREFIX);
	}

}
