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

import java.util.EnumSet;
import java.util.List;

/**
 * What an error reply of a ROUTER or REP listener tells the remote peer beyond its
 * status, in the manner of Spring Boot's {@code ErrorAttributeOptions}. By
 * {@link #defaults()} a peer gets the status and a short fixed text per kind of failure
 * ({@code "Invalid payload"}, {@code "Internal error"}, ...); the details (exception
 * messages, which name classes and may hold data, the rejected values of a failed
 * validation, the routes an endpoint serves) go to the log only. Including them is for
 * trusted peers, or for development.
 */
public final class ZmqErrorReplyOptions {

	private static final ZmqErrorReplyOptions DEFAULTS = new ZmqErrorReplyOptions(EnumSet.noneOf(Include.class));

	private final EnumSet<Include> includes;

	private ZmqErrorReplyOptions(EnumSet<Include> includes) {
		this.includes = includes;
	}

	/**
	 * The options that send no details: the status and a fixed text only.
	 * @return the default options
	 */
	public static ZmqErrorReplyOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Options that send the given details.
	 * @param includes the details to send
	 * @return the options
	 */
	public static ZmqErrorReplyOptions of(Include... includes) {
		return DEFAULTS.including(includes);
	}

	/**
	 * Return options that send the given details too.
	 * @param includes the details to add
	 * @return the new options
	 */
	public ZmqErrorReplyOptions including(Include... includes) {
		EnumSet<Include> all = EnumSet.copyOf(this.includes);
		all.addAll(List.of(includes));
		return new ZmqErrorReplyOptions(all);
	}

	/**
	 * Tell whether a detail is sent to the peer.
	 * @param include the detail
	 * @return {@code true} if the peer gets it
	 */
	public boolean isIncluded(Include include) {
		return this.includes.contains(include);
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof ZmqErrorReplyOptions that && this.includes.equals(that.includes));
	}

	@Override
	public int hashCode() {
		return this.includes.hashCode();
	}

	@Override
	public String toString() {
		return "ZmqErrorReplyOptions" + this.includes;
	}

	/**
	 * A detail an error reply may carry.
	 */
	public enum Include {

		/**
		 * The failure's own text: the exception type and message of a handler or
		 * conversion failure, why a request is malformed, the content type that is not
		 * supported, and the routes an endpoint serves when the requested one is unknown.
		 */
		MESSAGE,

		/**
		 * The field errors of a failed {@code @Valid} payload, with the rejected values.
		 */
		BINDING_ERRORS

	}

}
