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

package io.github.zmqspring.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The decoded header frame that precedes the body frame(s) of a message: what the message
 * is, which request it belongs to, where it goes and how its body is encoded. Instances
 * are immutable; the wire format is defined by {@link ZmqEnvelopeCodec} and
 * {@code docs/protocol.md}.
 * <p>
 * The constructor only checks for {@code null} and copies the headers; limits that depend
 * on the encoded size (255 UTF-8 bytes for the route, ...) are checked by
 * {@link ZmqEnvelopeCodec#encode(ZmqEnvelope)}. An empty content type is normalized to
 * {@code null} because the wire format cannot tell them apart.
 *
 * @param kind what the message is
 * @param correlationId the id the client chose for the request, echoed by every reply; an
 * unsigned 64-bit value on the wire (negative values stand for ids of 2^63 and above);
 * {@code 0} for one-way messages
 * @param status {@code 0} for requests, cancels and one-way messages, {@code 200} for
 * replies and streams, an error code (see {@link ZmqStatus}) for errors
 * @param route the operation name, {@code ""} for the default route
 * @param contentType the media type of the body, or {@code null} if not stated
 * @param headers the user headers, in wire order (unmodifiable)
 */
public record ZmqEnvelope(ZmqMessageKind kind, long correlationId, int status, String route,
		@Nullable String contentType, Map<String, String> headers) {

	/**
	 * Create an envelope, copying the headers into an unmodifiable map that keeps their
	 * order.
	 * @param kind what the message is
	 * @param correlationId the request id (raw unsigned 64-bit value)
	 * @param status the status code
	 * @param route the operation name, {@code ""} for the default route
	 * @param contentType the media type of the body, or {@code null}
	 * @param headers the user headers; keys and values must not be {@code null}
	 */
	public ZmqEnvelope {
		notNull(kind, "kind");
		notNull(route, "route");
		notNull(headers, "headers");
		if (contentType != null && contentType.isEmpty()) {
			contentType = null;
		}
		headers = copyOf(headers);
	}

	/**
	 * Create a request.
	 * @param correlationId the id chosen by the client, unique among its pending requests
	 * @param route the operation name, {@code ""} for the default route
	 * @param contentType the media type of the body, or {@code null}
	 * @param headers the user headers
	 * @return a {@link ZmqMessageKind#REQUEST} envelope with status 0
	 */
	public static ZmqEnvelope request(long correlationId, String route, @Nullable String contentType,
			Map<String, String> headers) {
		return new ZmqEnvelope(ZmqMessageKind.REQUEST, correlationId, ZmqStatus.NONE, route, contentType, headers);
	}

	/**
	 * Create the single reply to a request.
	 * @param correlationId the id of the request
	 * @param contentType the media type of the body, or {@code null}
	 * @param headers the user headers
	 * @return a {@link ZmqMessageKind#REPLY} envelope with status 200
	 */
	public static ZmqEnvelope reply(long correlationId, @Nullable String contentType, Map<String, String> headers) {
		return new ZmqEnvelope(ZmqMessageKind.REPLY, correlationId, ZmqStatus.OK, "", contentType, headers);
	}

	/**
	 * Create one item of a streamed reply.
	 * @param correlationId the id of the request
	 * @param contentType the media type of the body, or {@code null}
	 * @return a {@link ZmqMessageKind#STREAM_ITEM} envelope with status 200
	 */
	public static ZmqEnvelope streamItem(long correlationId, @Nullable String contentType) {
		return new ZmqEnvelope(ZmqMessageKind.STREAM_ITEM, correlationId, ZmqStatus.OK, "", contentType, Map.of());
	}

	/**
	 * Create the end marker of a streamed reply (sent without a body frame).
	 * @param correlationId the id of the request
	 * @return a {@link ZmqMessageKind#STREAM_END} envelope with status 200
	 */
	public static ZmqEnvelope streamEnd(long correlationId) {
		return new ZmqEnvelope(ZmqMessageKind.STREAM_END, correlationId, ZmqStatus.OK, "", null, Map.of());
	}

	/**
	 * Create an error reply (its body frame is a UTF-8 message).
	 * @param correlationId the id of the request, {@code 0} if it could not be read
	 * @param status the error code, 400 or above (see {@link ZmqStatus})
	 * @return a {@link ZmqMessageKind#ERROR} envelope
	 * @throws IllegalArgumentException if {@code status} is not an error code
	 */
	public static ZmqEnvelope error(long correlationId, int status) {
		if (!ZmqStatus.isError(status)) {
			throw new IllegalArgumentException("'status' must be an error code (400 or above) but was " + status);
		}
		return new ZmqEnvelope(ZmqMessageKind.ERROR, correlationId, status, "", null, Map.of());
	}

	/**
	 * Create a cancel sent by a client that no longer wants the reply to a request (sent
	 * without a body frame).
	 * @param correlationId the id of the request
	 * @return a {@link ZmqMessageKind#CANCEL} envelope with status 0
	 */
	public static ZmqEnvelope cancel(long correlationId) {
		return new ZmqEnvelope(ZmqMessageKind.CANCEL, correlationId, ZmqStatus.NONE, "", null, Map.of());
	}

	/**
	 * Create a one-way message (pub-sub, push, fire-and-forget).
	 * @param route the operation name, {@code ""} for the default route
	 * @param contentType the media type of the body, or {@code null}
	 * @param headers the user headers
	 * @return a {@link ZmqMessageKind#MESSAGE} envelope with correlation id 0 and status
	 * 0
	 */
	public static ZmqEnvelope message(String route, @Nullable String contentType, Map<String, String> headers) {
		return new ZmqEnvelope(ZmqMessageKind.MESSAGE, 0L, ZmqStatus.NONE, route, contentType, headers);
	}

	private static Map<String, String> copyOf(Map<String, String> headers) {
		int size = headers.size();
		if (size == 0) {
			return Map.of();
		}
		if (size == 1) {
			Map.Entry<String, String> entry = headers.entrySet().iterator().next();
			return Map.of(headerKey(entry), headerValue(entry));
		}
		LinkedHashMap<String, String> copy = new LinkedHashMap<>((int) (size / 0.75f) + 1);
		for (Map.Entry<String, String> entry : headers.entrySet()) {
			copy.put(headerKey(entry), headerValue(entry));
		}
		return Collections.unmodifiableMap(copy);
	}

	private static String headerKey(Map.Entry<String, String> entry) {
		String key = entry.getKey();
		if (key == null) {
			throw new IllegalArgumentException("header keys must not be null");
		}
		return key;
	}

	private static String headerValue(Map.Entry<String, String> entry) {
		String value = entry.getValue();
		if (value == null) {
			throw new IllegalArgumentException("the value of header '" + entry.getKey() + "' must not be null");
		}
		return value;
	}

	private static void notNull(@Nullable Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
	}

}
