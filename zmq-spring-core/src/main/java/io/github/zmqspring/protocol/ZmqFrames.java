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

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zeromq.ZFrame;
import org.zeromq.ZMsg;

/**
 * The multipart layout of every message the starter sends and reads,
 * {@code [head...][envelope][body...]}, built and read here only. The head is what the
 * socket type puts in front: the routing prefix a ROUTER or REP endpoint receives and
 * mirrors on its replies (the peer's identity, any further routing frames, the empty
 * delimiter), the empty delimiter a DEALER client sends and gets back, the topic on PUB
 * and SUB, nothing on PUSH, PULL and PAIR. The envelope ({@link ZmqEnvelopeCodec}) is
 * absent for plain ZeroMQ peers. {@code docs/protocol.md} shows the frames of every
 * exchange.
 */
public final class ZmqFrames {

	/** The empty delimiter frame that ends a routing prefix. */
	public static final byte[] DELIMITER = new byte[0];

	private ZmqFrames() {
	}

	/**
	 * Build a message with at most one frame of each part: a DEALER request
	 * ({@code [""][envelope][body]}), a publication ({@code [topic][envelope][body]}), a
	 * one-way message ({@code [envelope][body]}).
	 * @param head the head frame, or {@code null} for none
	 * @param envelope the envelope, or {@code null} for a plain ZeroMQ peer
	 * @param body the body frame, or {@code null} for none (an envelope alone)
	 * @return the message
	 */
	public static ZMsg compose(byte @Nullable [] head, @Nullable ZmqEnvelope envelope, byte @Nullable [] body) {
		ZMsg message = new ZMsg();
		if (head != null) {
			message.add(head);
		}
		return append(message, envelope, body);
	}

	/**
	 * Build a message behind a routing prefix: a reply of a ROUTER or REP endpoint,
	 * {@code [prefix...][envelope][body]}.
	 * @param head the routing prefix, as received
	 * @param envelope the envelope, or {@code null} for a plain ZeroMQ peer
	 * @param body the body frame, or {@code null} for none (an envelope alone)
	 * @return the message
	 */
	public static ZMsg compose(List<byte[]> head, @Nullable ZmqEnvelope envelope, byte @Nullable [] body) {
		return append(withHead(head), envelope, body);
	}

	/**
	 * Build a message of several body frames, {@code [head...][envelope][body...]}.
	 * @param head the head frames, may be empty
	 * @param envelope the envelope, or {@code null} for a plain ZeroMQ peer
	 * @param body the body frames
	 * @return the message
	 */
	public static ZMsg composeFrames(List<byte[]> head, @Nullable ZmqEnvelope envelope, List<byte[]> body) {
		ZMsg message = append(withHead(head), envelope, null);
		for (byte[] frame : body) {
			message.add(frame);
		}
		return message;
	}

	private static ZMsg withHead(List<byte[]> head) {
		ZMsg message = new ZMsg();
		for (byte[] frame : head) {
			message.add(frame);
		}
		return message;
	}

	private static ZMsg append(ZMsg message, @Nullable ZmqEnvelope envelope, byte @Nullable [] body) {
		if (envelope != null) {
			message.add(ZmqEnvelopeCodec.encode(envelope));
		}
		if (body != null) {
			message.add(body);
		}
		return message;
	}

	/**
	 * The frames of a received message, to read with the methods below.
	 * @param message the message
	 * @return its frames, in order
	 */
	public static List<byte[]> frames(ZMsg message) {
		List<byte[]> frames = new ArrayList<>(message.size());
		for (ZFrame frame : message) {
			frames.add(frame.getData());
		}
		return frames;
	}

	/**
	 * The length of the routing prefix of a request received by a ROUTER socket (a REP
	 * endpoint's socket is a ROUTER too): the routing id plus, when present, every frame
	 * up to and including the empty delimiter (REQ peers, the starter's DEALER clients,
	 * proxies in between); a plain DEALER may send no delimiter, then the prefix is the
	 * routing id.
	 * @param frames the frames as received
	 * @return how many frames the prefix has
	 */
	public static int routingPrefixLength(List<byte[]> frames) {
		for (int i = 1; i < frames.size(); i++) {
			if (frames.get(i).length == 0) {
				return i + 1;
			}
		}
		return Math.min(1, frames.size());
	}

	/**
	 * Whether a routing prefix ends with the empty delimiter.
	 * @param prefix the routing prefix
	 * @return whether there is a delimiter
	 */
	public static boolean isDelimited(List<byte[]> prefix) {
		return prefix.size() > 1 && prefix.get(prefix.size() - 1).length == 0;
	}

	/**
	 * The length of the head of a reply received by a DEALER socket: the empty delimiter,
	 * when the server sent one.
	 * @param frames the frames as received
	 * @return 1 or 0
	 */
	public static int replyHeadLength(List<byte[]> frames) {
		return (!frames.isEmpty() && frames.get(0).length == 0) ? 1 : 0;
	}

	/**
	 * The length of the head of a one-way message: its topic on SUB, unless the message
	 * is a single frame (then that frame is the body, published on a prefix of it).
	 * @param frames the frames as received
	 * @param topicFirst whether the first frame is a topic (SUB)
	 * @return 1 or 0
	 */
	public static int messageHeadLength(List<byte[]> frames, boolean topicFirst) {
		return (topicFirst && frames.size() > 1) ? 1 : 0;
	}

	/**
	 * Whether the frame after the head is an envelope: it carries the envelope's
	 * signature (the frame may still be malformed: {@link ZmqEnvelopeCodec#decode
	 * decoding} says).
	 * @param frames the frames as received
	 * @param headLength the length of the head
	 * @param bodyRequired whether a body frame must follow (one-way messages: a single
	 * frame is a body whatever it holds)
	 * @return whether there is an envelope
	 */
	public static boolean hasEnvelope(List<byte[]> frames, int headLength, boolean bodyRequired) {
		int after = frames.size() - headLength;
		return after > (bodyRequired ? 1 : 0) && ZmqEnvelopeCodec.isEnvelope(frames.get(headLength));
	}

}
