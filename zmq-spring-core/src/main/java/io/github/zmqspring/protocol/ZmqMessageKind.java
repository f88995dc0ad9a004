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

/**
 * What an envelope is: byte 3 of the header frame.
 */
public enum ZmqMessageKind {

	/** A request from a client; a reply, stream or error is expected. */
	REQUEST(1),

	/** The single reply to a request. */
	REPLY(2),

	/** One element of a streamed reply; more follow. */
	STREAM_ITEM(3),

	/** The end of a streamed reply; no body frame follows. */
	STREAM_END(4),

	/** An error reply; the status says which, the body is a UTF-8 message. */
	ERROR(5),

	/** The client no longer wants the reply to a request; no body frame follows. */
	CANCEL(6),

	/** A one-way message (pub-sub, push or fire-and-forget); no reply. */
	MESSAGE(7);

	/**
	 * All kinds, in code order: the kind with code {@code c} is at index {@code c - 1}.
	 */
	private static final ZmqMessageKind[] BY_CODE = values();

	private final int code;

	ZmqMessageKind(int code) {
		this.code = code;
	}

	/**
	 * The code of this kind on the wire.
	 * @return a value between 1 and 7
	 */
	public int code() {
		return this.code;
	}

	/**
	 * Tell whether this kind ends the exchange of a request on the client side (a reply,
	 * the end of a stream, or an error).
	 * @return {@code true} for {@link #REPLY}, {@link #STREAM_END} and {@link #ERROR}
	 */
	public boolean isFinal() {
		return this == REPLY || this == STREAM_END || this == ERROR;
	}

	/**
	 * Return the kind with the given wire code.
	 * @param code the unsigned value of byte 3 of the header frame
	 * @return the kind
	 * @throws ZmqProtocolException if no kind has that code
	 */
	public static ZmqMessageKind fromCode(int code) {
		if (code < 1 || code > BY_CODE.length) {
			throw new ZmqProtocolException("unknown message kind " + code);
		}
		return BY_CODE[code - 1];
	}

}
