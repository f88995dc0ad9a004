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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqFrames;
import org.jspecify.annotations.Nullable;

/**
 * What a dispatcher does with a message its listener failed to process: the route's
 * {@link ZmqListenerErrorHandler}, if any, then, when the message is still failed, the
 * endpoint's dead-letter endpoint, if any. A dead-lettered message is sent as
 * {@code [envelope][original frames...]}, the envelope a one-way message on the original
 * route whose headers describe the failure, and counted as a {@code dead-letter} drop of
 * the listener endpoint.
 */
final class ListenerFailures {

	/** Header naming the endpoint whose listener failed. */
	static final String ENDPOINT_HEADER = "zmq-dead-letter-endpoint";

	/** Header naming the exception type. */
	static final String EXCEPTION_HEADER = "zmq-dead-letter-exception";

	/** Header with the exception message. */
	static final String MESSAGE_HEADER = "zmq-dead-letter-message";

	private static final int MAX_MESSAGE_LENGTH = 1000;

	private final @Nullable ZmqSocketLoop deadLetter;

	/**
	 * Create an instance.
	 * @param deadLetter the PUSH endpoint receiving failed messages, or {@code null}
	 */
	ListenerFailures(@Nullable ZmqSocketLoop deadLetter) {
		this.deadLetter = deadLetter;
	}

	/**
	 * @param errorHandler the route's error handler, or {@code null}
	 * @return whether a failure is handled by more than the dispatcher's defaults
	 */
	boolean handles(@Nullable ZmqListenerErrorHandler errorHandler) {
		return errorHandler != null || this.deadLetter != null;
	}

	/**
	 * Handle a failed message.
	 * @param failed the message and its failure
	 * @param errorHandler the route's error handler, or {@code null}
	 * @param statistics the listener endpoint's statistics
	 * @return what became of it
	 */
	Outcome handle(ZmqFailedMessage failed, @Nullable ZmqListenerErrorHandler errorHandler,
			ZmqEndpointStatistics statistics) {
		Throwable failure = failed.exception();
		if (errorHandler != null) {
			try {
				return new Outcome(errorHandler.handleError(failed), failure, true);
			}
			catch (Exception ex) {
				failure = ex;
			}
		}
		if (this.deadLetter == null) {
			return new Outcome(null, failure, false);
		}
		return new Outcome(null, failure, forward(failed, failure, statistics));
	}

	private boolean forward(ZmqFailedMessage failed, Throwable failure, ZmqEndpointStatistics statistics) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ENDPOINT_HEADER, failed.endpoint());
		headers.put(EXCEPTION_HEADER, failure.getClass().getName());
		String text = String.valueOf(failure.getMessage());
		headers.put(MESSAGE_HEADER,
				(text.length() > MAX_MESSAGE_LENGTH) ? text.substring(0, MAX_MESSAGE_LENGTH) : text);
		try {
			this.deadLetter.send(ZmqFrames.composeFrames(List.of(), ZmqEnvelope.message(failed.route(), null, headers),
					failed.frames()));
		}
		catch (ZmqException ex) {
			return false;
		}
		statistics.dropped(ZmqDropReason.DEAD_LETTER, "forwarded to dead-letter endpoint '" + this.deadLetter.getId()
				+ "': " + failure.getClass().getSimpleName());
		return true;
	}

	/**
	 * What became of a failed message.
	 *
	 * @param reply the error handler's reply, or {@code null}
	 * @param failure the failure to report when there is no reply
	 * @param settled whether the error handler returned normally or the message was
	 * dead-lettered: then no drop is counted for it
	 */
	record Outcome(@Nullable Object reply, Throwable failure, boolean settled) {
	}

}
