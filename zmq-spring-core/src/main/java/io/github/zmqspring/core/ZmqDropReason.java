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

/**
 * Why a message was dropped. Every drop is counted per endpoint and reason and logged.
 */
public enum ZmqDropReason {

	/** The socket's high-water mark was reached and the message could not be queued. */
	HWM,

	/** A ROUTER reply was addressed to a peer that is no longer connected. */
	UNROUTABLE,

	/** The envelope could not be decoded. */
	MALFORMED,

	/**
	 * A peer announced a frame larger than the endpoint's {@code max-message-size}, in a
	 * way the ZeroMQ library let through (a 64-bit size with the top bit set): the frame
	 * was never allocated, and read as an empty frame that ZeroMQ discards.
	 */
	OVERSIZE,

	/** The payload could not be converted to the handler's parameter type. */
	UNDECODABLE,

	/** No handler serves the requested route. */
	NO_HANDLER,

	/** A one-way handler (no reply possible) threw an exception. */
	HANDLER_ERROR,

	/**
	 * A reply arrived for a request that is no longer pending (timed out or cancelled).
	 */
	LATE_REPLY,

	/** The endpoint stopped before the message could be sent. */
	SHUTDOWN,

	/**
	 * A listener failed to process the message, which was forwarded to the endpoint's
	 * dead-letter endpoint: gone from here, but not lost.
	 */
	DEAD_LETTER,

	/**
	 * A broker refused a request at once: its service's queue was full, or the broker
	 * already knows as many services as it may.
	 */
	OVERLOADED,

	/** A broker found no worker for a request within its service's max wait. */
	EXPIRED,

	/**
	 * The broker's worker holding a request died or disconnected before its final reply.
	 */
	WORKER_LOST;

	/**
	 * The tag value used in metrics and logs.
	 * @return the lower-case name with dashes
	 */
	public String tagValue() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
