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

/**
 * Names of the Spring {@code Message} headers the starter sets on inbound messages, next
 * to the user headers carried in the envelope and
 * {@link org.springframework.messaging.MessageHeaders#CONTENT_TYPE}, the content type the
 * envelope states ({@code String}; absent for plain peers and envelopes that state none).
 * A user header named like one of these, or like the content type, is left out, so that a
 * peer cannot pose as them.
 */
public final class ZmqHeaders {

	/** The prefix of every header the starter sets. */
	public static final String PREFIX = "zmq_";

	/** The routing id of the peer that sent a message to a ROUTER ({@code byte[]}). */
	public static final String IDENTITY = PREFIX + "identity";

	/** The route (operation) a request was sent to ({@code String}). */
	public static final String ROUTE = PREFIX + "route";

	/** The correlation id of a request ({@code Long}); absent for plain peers. */
	public static final String CORRELATION_ID = PREFIX + "correlationId";

	/** The name of the endpoint a message arrived on ({@code String}). */
	public static final String ENDPOINT = PREFIX + "endpoint";

	/**
	 * The body frames of a message as they arrived ({@code List<byte[]>}, unmodifiable),
	 * without the routing prefix and the envelope. Listener parameters of type
	 * {@code org.zeromq.ZMsg} or {@code List<byte[]>} receive them.
	 */
	public static final String FRAMES = PREFIX + "frames";

	/** The topic of a published message ({@code String}). */
	public static final String TOPIC = PREFIX + "topic";

	private ZmqHeaders() {
	}

}
