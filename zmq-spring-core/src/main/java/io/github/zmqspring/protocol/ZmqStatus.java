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
 * Status codes carried in the envelope. They follow the meaning of the HTTP codes with
 * the same numbers; {@code 0} means "no status" (requests, cancels, one-way messages).
 */
public final class ZmqStatus {

	/** No status: requests, cancels and one-way messages carry 0. */
	public static final int NONE = 0;

	/** A reply, stream item or stream end. */
	public static final int OK = 200;

	/** Malformed envelope, undecodable payload or failed validation. */
	public static final int BAD_REQUEST = 400;

	/** No handler serves the requested route. */
	public static final int NOT_FOUND = 404;

	/** The content type of the request is not supported by the handler. */
	public static final int UNSUPPORTED_MEDIA_TYPE = 415;

	/** The server refused the request because it is saturated. */
	public static final int TOO_MANY_REQUESTS = 429;

	/** The handler threw an exception. */
	public static final int INTERNAL_ERROR = 500;

	/** A broker's worker died or disconnected while it held the request. */
	public static final int BAD_GATEWAY = 502;

	/** The server is shutting down or the endpoint is paused. */
	public static final int UNAVAILABLE = 503;

	/** No broker worker took the request within the service's max wait. */
	public static final int GATEWAY_TIMEOUT = 504;

	private ZmqStatus() {
	}

	/**
	 * Tell whether a status denotes an error.
	 * @param status the status from an envelope
	 * @return {@code true} for 400 and above
	 */
	public static boolean isError(int status) {
		return status >= 400;
	}

}
