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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqFrames;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;

/**
 * Sends one-way messages over one PUB, PUSH or PAIR socket:
 * {@code [topic][envelope][body]} when publishing, {@code [envelope][body]} otherwise.
 * Callers on any thread; the socket belongs to its loop.
 */
public final class ZmqMessageSender {

	private final ZmqSocketLoop loop;

	/**
	 * Create a sender; its socket opens when the registry starts it.
	 * @param context the ZeroMQ context
	 * @param definition the endpoint, with its socket type (PUB, PUSH or PAIR) set
	 * @param customizers socket customizers
	 */
	public ZmqMessageSender(ZContext context, ZmqEndpointDefinition definition, List<ZmqSocketCustomizer> customizers) {
		this.loop = new ZmqSocketLoop(context, definition, ZmqEndpointRole.CLIENT, customizers, null, 1);
	}

	/**
	 * @return the socket loop, to register with the endpoint registry
	 */
	public ZmqSocketLoop getEndpoint() {
		return this.loop;
	}

	/**
	 * Send a message.
	 * @param topic the topic to publish on (PUB), or {@code null}
	 * @param payload the serialized payload
	 * @param headers user headers for the envelope
	 */
	public void send(@Nullable String topic, ZmqPayload payload, Map<String, String> headers) {
		this.loop.send(ZmqFrames.compose((topic != null) ? topic.getBytes(StandardCharsets.UTF_8) : null,
				ZmqEnvelope.message("", payload.contentType(), headers), payload.bytes()));
	}

}
