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

import java.util.Collection;
import java.util.stream.Collectors;

import io.github.zmqspring.listener.ZmqErrorReplyOptions.Include;
import io.github.zmqspring.protocol.ZmqStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * The texts of a request dispatcher's error replies: the details of a failure, for the
 * log, and what the peer is told, a short fixed text per kind of failure unless the
 * {@link ZmqErrorReplyOptions} include the details.
 */
final class ErrorReplies {

	/** The text of a 400 for a request that is not well framed. */
	static final String MALFORMED = "Malformed request";

	/** The text of a 404. */
	static final String NO_HANDLER = "No handler for route";

	/** The text of a 415. */
	static final String UNSUPPORTED_CONTENT_TYPE = "Unsupported content type";

	/** The text of a 400 for a payload that cannot be converted or is not valid. */
	static final String INVALID_PAYLOAD = "Invalid payload";

	/** The text of any other 400. */
	static final String BAD_REQUEST = "Bad request";

	/** The text of a 500. */
	static final String INTERNAL_ERROR = "Internal error";

	private final String endpoint;

	private final ZmqErrorReplyOptions options;

	/**
	 * Create an instance.
	 * @param endpoint the endpoint name
	 * @param options what the peer is told
	 */
	ErrorReplies(String endpoint, ZmqErrorReplyOptions options) {
		this.endpoint = endpoint;
		this.options = options;
	}

	/**
	 * The texts of a request that is not well framed.
	 * @param reason why
	 * @return the texts
	 */
	Text malformed(String reason) {
		return text(Include.MESSAGE, MALFORMED + ": " + reason, MALFORMED);
	}

	/**
	 * The texts of a request for a route nobody serves.
	 * @param route the requested route
	 * @param routes the routes the endpoint serves
	 * @return the texts
	 */
	Text noHandler(String route, Collection<String> routes) {
		return text(Include.MESSAGE,
				NO_HANDLER + " '" + route + "' on endpoint '" + this.endpoint + "' (routes: " + routes + ")",
				NO_HANDLER);
	}

	/**
	 * The texts of a request whose listener failed, or whose payload could not be read.
	 * @param status the status of the reply
	 * @param ex the failure
	 * @param contentType the content type of the request, or {@code null}
	 * @return the texts
	 */
	Text failure(int status, Throwable ex, @Nullable String contentType) {
		if (status == ZmqStatus.UNSUPPORTED_MEDIA_TYPE) {
			return text(Include.MESSAGE, UNSUPPORTED_CONTENT_TYPE + " '" + contentType + "' on endpoint '"
					+ this.endpoint + "': " + describe(ex), UNSUPPORTED_CONTENT_TYPE);
		}
		if (status == ZmqStatus.INTERNAL_ERROR) {
			return text(Include.MESSAGE, describe(ex), INTERNAL_ERROR);
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return text(Include.BINDING_ERRORS, describeInvalid(invalid), INVALID_PAYLOAD);
		}
		if (ex instanceof MethodArgumentResolutionException && ex.getCause() instanceof MessageHandlingException why) {
			// what the message lacks (e.g. "Missing header 'x' ..."), not the method it
			// was for
			return text(Include.MESSAGE, String.valueOf(why.getMessage()), BAD_REQUEST);
		}
		return text(Include.MESSAGE, describe(ex),
				(ex instanceof MessageConversionException) ? INVALID_PAYLOAD : BAD_REQUEST);
	}

	private Text text(Include include, String detail, String fixed) {
		return new Text(this.options.isIncluded(include) ? detail : fixed, detail);
	}

	private static String describeInvalid(MethodArgumentNotValidException invalid) {
		if (invalid.getBindingResult() == null) {
			return describe(invalid);
		}
		return "Invalid " + invalid.getBindingResult().getObjectName() + ": "
				+ invalid.getBindingResult()
					.getFieldErrors()
					.stream()
					.map((error) -> error.getField() + " " + error.getDefaultMessage() + " (was "
							+ error.getRejectedValue() + ")")
					.collect(Collectors.joining(", "));
	}

	private static String describe(Throwable ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/**
	 * The texts of one error reply.
	 *
	 * @param reply what the peer is told
	 * @param detail what happened, for the log
	 */
	record Text(String reply, String detail) {
	}

}
