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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqFrames;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqProtocolException;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.messaging.Message;

/**
 * A request received by a ROUTER or REP listener, split into its routing prefix (mirrored
 * on every reply), its envelope (absent for plain ZeroMQ peers) and its body, and able to
 * frame its own replies in the form the peer understands.
 */
final class ZmqInboundRequest {

	private static final byte[] EMPTY = new byte[0];

	private final List<byte[]> prefix;

	private final @Nullable ZmqEnvelope envelope;

	private final List<byte[]> body;

	private final List<byte[]> frames;

	private final @Nullable String malformation;

	private Observation observation = Observation.NOOP;

	private ZmqInboundRequest(List<byte[]> prefix, @Nullable ZmqEnvelope envelope, List<byte[]> body,
			List<byte[]> frames, @Nullable String malformation) {
		this.prefix = prefix;
		this.envelope = envelope;
		this.body = body;
		this.frames = frames;
		this.malformation = malformation;
	}

	/**
	 * Split a received message. The body may have several frames; whether the listener
	 * accepts them is for the dispatcher to decide once it knows the route.
	 * @param message the frames as received by a ROUTER socket (a REP endpoint's socket
	 * is a ROUTER too): the routing id, then any further routing frames up to the empty
	 * delimiter
	 * @return the request; check {@link #malformation()} before using it
	 */
	static ZmqInboundRequest parse(ZMsg message) {
		List<byte[]> frames = ZmqFrames.frames(message);
		int bodyStart = ZmqFrames.routingPrefixLength(frames);
		List<byte[]> prefix = frames.subList(0, bodyStart);
		List<byte[]> rest = frames.subList(bodyStart, frames.size());
		if (!ZmqFrames.hasEnvelope(frames, bodyStart, false)) {
			return new ZmqInboundRequest(prefix, null, List.copyOf(rest), rest, null);
		}
		try {
			ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(rest.get(0));
			return new ZmqInboundRequest(prefix, envelope, List.copyOf(rest.subList(1, rest.size())), rest, null);
		}
		catch (ZmqProtocolException ex) {
			return new ZmqInboundRequest(prefix, ZmqEnvelope.error(0, 400), List.of(), rest, ex.getMessage());
		}
	}

	/**
	 * Attach the observation of the listener method processing this request.
	 * @param observation the started observation
	 */
	void observe(Observation observation) {
		this.observation = observation;
	}

	/**
	 * @return the observation of this request's processing (a no-op one by default)
	 */
	Observation observation() {
		return this.observation;
	}

	/**
	 * Whether the routing prefix ends with the empty delimiter, as REQ peers and the
	 * starter's DEALER clients send it; a plain DEALER may leave it out.
	 * @return whether there is a delimiter
	 */
	boolean delimited() {
		return ZmqFrames.isDelimited(this.prefix);
	}

	/**
	 * @return why the request is malformed, or {@code null} when it is not
	 */
	@Nullable String malformation() {
		return this.malformation;
	}

	/**
	 * @return the frames as received after the routing prefix: envelope (if any) and body
	 */
	List<byte[]> frames() {
		return this.frames;
	}

	/**
	 * @return how many body frames the request has (after the routing prefix and
	 * envelope)
	 */
	int bodyFrameCount() {
		return this.body.size();
	}

	/**
	 * @return whether the peer speaks the envelope
	 */
	boolean hasEnvelope() {
		return this.envelope != null;
	}

	/**
	 * @return the kind of message, {@link ZmqMessageKind#REQUEST} for plain peers
	 */
	ZmqMessageKind kind() {
		return (this.envelope != null) ? this.envelope.kind() : ZmqMessageKind.REQUEST;
	}

	/**
	 * @return the requested route, empty for the default route
	 */
	String route() {
		return (this.envelope != null) ? this.envelope.route() : "";
	}

	/**
	 * @return the content type stated in the envelope, or {@code null}
	 */
	@Nullable String contentType() {
		return (this.envelope != null) ? this.envelope.contentType() : null;
	}

	/**
	 * @return the correlation id, 0 for plain peers
	 */
	long correlationId() {
		return (this.envelope != null) ? this.envelope.correlationId() : 0;
	}

	/**
	 * @return whether the sender expects a reply
	 */
	boolean expectsReply() {
		return kind() == ZmqMessageKind.REQUEST;
	}

	/**
	 * A key that identifies this request among all peers' pending requests.
	 * @return the key
	 */
	String conversationKey() {
		byte[] identity = this.prefix.isEmpty() ? EMPTY : this.prefix.get(0);
		return new String(identity, StandardCharsets.ISO_8859_1) + '/' + correlationId();
	}

	/**
	 * Build the Spring message handed to the listener method.
	 * @param endpoint the endpoint name
	 * @return the message with the (first) body frame as payload and all body frames in
	 * {@link ZmqHeaders#FRAMES}
	 */
	Message<byte[]> toMessage(String endpoint) {
		Map<String, Object> extra = new HashMap<>();
		extra.put(ZmqHeaders.FRAMES, this.body);
		if (!this.prefix.isEmpty()) {
			extra.put(ZmqHeaders.IDENTITY, this.prefix.get(0));
		}
		return InboundMessages.create(this.body.isEmpty() ? EMPTY : this.body.get(0), this.envelope, endpoint, route(),
				extra);
	}

	/**
	 * Frame a single reply.
	 * @param payload the reply payload
	 * @return the frames to send
	 */
	ZMsg reply(ZmqPayload payload) {
		return frame(ZmqMessageKind.REPLY, payload);
	}

	/**
	 * Frame one element of a streamed reply.
	 * @param payload the element
	 * @return the frames to send
	 */
	ZMsg streamItem(ZmqPayload payload) {
		return frame(ZmqMessageKind.STREAM_ITEM, payload);
	}

	/**
	 * Frame the end of a streamed reply; plain peers get no end marker.
	 * @return the frames to send, or {@code null} for plain peers
	 */
	@Nullable ZMsg streamEnd() {
		if (this.envelope == null) {
			return null;
		}
		return ZmqFrames.compose(this.prefix, ZmqEnvelope.streamEnd(this.envelope.correlationId()), null);
	}

	/**
	 * Frame an error reply: an ERROR envelope, or one {@code "ERROR <status>: <text>"}
	 * frame for plain peers.
	 * @param status the status code
	 * @param text what went wrong
	 * @return the frames to send
	 */
	ZMsg error(int status, String text) {
		if (this.envelope != null) {
			return ZmqFrames.compose(this.prefix, ZmqEnvelope.error(this.envelope.correlationId(), status),
					text.getBytes(StandardCharsets.UTF_8));
		}
		return ZmqFrames.compose(this.prefix, null, ("ERROR " + status + ": " + text).getBytes(StandardCharsets.UTF_8));
	}

	private ZMsg frame(ZmqMessageKind kind, ZmqPayload payload) {
		ZmqEnvelope envelope = this.envelope;
		ZmqEnvelope header = null;
		if (envelope != null) {
			header = (kind == ZmqMessageKind.REPLY)
					? ZmqEnvelope.reply(envelope.correlationId(), payload.contentType(), Map.of())
					: ZmqEnvelope.streamItem(envelope.correlationId(), payload.contentType());
		}
		return ZmqFrames.compose(this.prefix, header, payload.bytes());
	}

}
