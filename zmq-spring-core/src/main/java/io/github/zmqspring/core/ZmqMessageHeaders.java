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

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.messaging.MessageHeaders;

/**
 * Message headers without the random id and timestamp Spring generates by default: an
 * inbound ZeroMQ message already has its identity (correlation id, routing id), and the
 * generated ones would cost a random UUID per message on the hot path.
 */
public final class ZmqMessageHeaders extends MessageHeaders {

	private static final long serialVersionUID = 1L;

	/**
	 * Create headers.
	 * @param headers the header values
	 */
	public ZmqMessageHeaders(Map<String, Object> headers) {
		super(headers, ID_VALUE_NONE, -1L);
	}

	/**
	 * Create headers filled in place, without the copy from another map that the
	 * constructor makes: for the hot path, one map per inbound message.
	 * @param values puts the header values into the map it is given
	 * @return the headers
	 */
	public static ZmqMessageHeaders filledBy(Consumer<Map<String, Object>> values) {
		ZmqMessageHeaders headers = new ZmqMessageHeaders(Map.of());
		values.accept(headers.getRawHeaders());
		return headers;
	}

}
