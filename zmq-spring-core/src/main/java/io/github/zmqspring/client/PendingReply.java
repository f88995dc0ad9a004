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

import org.jspecify.annotations.Nullable;

/**
 * A request waiting for its reply or replies; completed by the client's socket thread, so
 * implementations hand anything costly to another thread.
 */
interface PendingReply {

	/**
	 * @return when the request expires, in {@link System#nanoTime()} terms
	 */
	long deadline();

	/**
	 * The single reply arrived.
	 * @param reply the reply
	 */
	void reply(ZmqReply reply);

	/**
	 * One element of a streamed reply arrived.
	 * @param item the element
	 * @return whether more replies are expected (keep the request pending)
	 */
	boolean item(ZmqReply item);

	/** The streamed reply ended. */
	void end();

	/**
	 * The request failed.
	 * @param failure why
	 */
	void fail(Throwable failure);

	/**
	 * The caller already knows the request is over and nothing more is delivered: it
	 * cancelled the request, or the request could not be sent.
	 * @param failure why it could not be sent, or {@code null} when cancelled
	 */
	default void abandoned(@Nullable Throwable failure) {
	}

}
