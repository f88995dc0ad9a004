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

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown when the server answered a request with an error: its handler failed, the route
 * is unknown, or the request could not be read. Carries the remote status and message.
 */
public class ZmqRemoteException extends ZmqException {

	private final int status;

	private final String remoteMessage;

	/**
	 * Create an exception.
	 * @param endpoint the client endpoint the request went out on
	 * @param status the remote status code
	 * @param remoteMessage the remote error message
	 */
	public ZmqRemoteException(String endpoint, int status, String remoteMessage) {
		super("Request on endpoint '" + endpoint + "' failed remotely with status " + status + ": " + remoteMessage);
		this.status = status;
		this.remoteMessage = remoteMessage;
	}

	/**
	 * @return the status code sent by the server (see
	 * {@link io.github.zmqspring.protocol.ZmqStatus})
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Return the error text the server sent: by default a short fixed text per kind of
	 * failure ({@code "Internal error"}, {@code "Invalid payload"}, ...); the details
	 * only when the server includes them ({@code zmq.listener.error.include-message}).
	 * @return the error message sent by the server
	 */
	public String getRemoteMessage() {
		return this.remoteMessage;
	}

}
