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

import org.zeromq.ZMsg;

/**
 * Receives the messages a {@link ZmqSocketLoop} reads. Called on the socket thread, so an
 * implementation must hand the message over (to an executor) and return at once, or, when
 * it {@link #runsOnSocketThread() processes messages on the socket thread}, must not
 * block.
 */
@FunctionalInterface
public interface ZmqInboundHandler {

	/**
	 * Take a received message. Each call holds one of the loop's in-flight permits until
	 * {@code done} runs; while none is free the loop stops reading and ZeroMQ's
	 * high-water marks push back on senders.
	 * @param message the whole multipart message
	 * @param done to run exactly once when the message has been fully processed
	 */
	void onMessage(ZMsg message, Runnable done);

	/**
	 * Whether this handler processes messages on the socket thread and queues its replies
	 * from there (direct dispatch). The loop then reads a message only while its send
	 * queue has room, since the socket thread cannot wait for room it alone makes.
	 * @return {@code false} by default
	 */
	default boolean runsOnSocketThread() {
		return false;
	}

}
