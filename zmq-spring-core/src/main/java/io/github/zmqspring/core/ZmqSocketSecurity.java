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

import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * How a socket proves who it is and which peers it accepts: the mechanism (NULL, PLAIN or
 * CURVE), its keys or credentials, and the checks its handshakes go through. The owner of
 * a socket applies it before the socket binds or connects.
 * {@code io.github.zmqspring.security} implements it ({@code ZmqSecurity}); this package
 * only applies it.
 *
 * @see ZmqEndpointDefinition#security()
 */
public interface ZmqSocketSecurity {

	/** ZeroMQ's NULL mechanism without any checks: every peer is accepted. */
	ZmqSocketSecurity NONE = new ZmqSocketSecurity() {

		@Override
		public boolean isNone() {
			return true;
		}

		@Override
		public String mechanismName() {
			return "NULL";
		}

		@Override
		public void applyTo(ZContext context, ZMQ.Socket socket, String domain, ZmqEndpointStatistics statistics) {
		}

		@Override
		public String toString() {
			return "NULL";
		}

	};

	/**
	 * Whether this is the NULL mechanism with no handshake checks, the only case in which
	 * JeroMQ accepts peers that speak ZMTP 1.0 or 2.0.
	 * @return whether the socket is unsecured and unchecked
	 */
	boolean isNone();

	/**
	 * The mechanism's name as ZMTP spells it.
	 * @return {@code NULL}, {@code PLAIN} or {@code CURVE}
	 */
	String mechanismName();

	/**
	 * Configure a socket; called on the socket's own thread before it binds or connects.
	 * Checks of incoming handshakes are registered with the context's ZAP handler before
	 * this method returns, so that no handshake goes unchecked.
	 * @param context the socket's context; one that checks handshakes must be a
	 * {@link ZmqManagedContext}, which owns the ZAP handler
	 * @param socket the socket
	 * @param domain the socket's ZAP domain (the endpoint name)
	 * @param statistics where refused handshakes are counted
	 */
	void applyTo(ZContext context, ZMQ.Socket socket, String domain, ZmqEndpointStatistics statistics);

}
