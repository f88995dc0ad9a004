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

import org.jspecify.annotations.Nullable;

/**
 * Handles a message a listener method failed to process: the payload could not be
 * converted, the method threw, or its future failed. Named by a listener annotation's
 * {@code errorHandler} attribute (a bean name), like Spring Kafka's
 * {@code KafkaListenerErrorHandler}. Runs on the listener's executor.
 * <p>
 * For ROUTER and REP listeners, a value returned is sent as the reply instead of the
 * error; {@code null} sends the error reply; an exception thrown is sent as the error
 * instead. For one-way listeners (SUB, PULL, PAIR), returning normally means the message
 * was dealt with (nothing is counted); an exception thrown is counted as a drop. Either
 * way, when the endpoint names a {@code dead-letter} endpoint and the message is still
 * failed after the handler, it is forwarded there.
 */
@FunctionalInterface
public interface ZmqListenerErrorHandler {

	/**
	 * Handle a failed message.
	 * @param failed the message as received and why it failed
	 * @return a reply to send instead of the error (ROUTER, REP), or {@code null}
	 * @throws Exception to report this failure instead of the original one
	 */
	@Nullable Object handleError(ZmqFailedMessage failed) throws Exception;

}
