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

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

/**
 * What the {@link ZmqEndpointRegistry} manages: a socket loop or a proxy, with an id, a
 * state, its bound addresses and counters, and its life cycle.
 */
public interface ZmqEndpoint {

	/**
	 * @return the endpoint id, unique in the registry
	 */
	String getId();

	/**
	 * @return the socket type (for a proxy: of its frontend)
	 */
	SocketType getSocketType();

	/**
	 * @return what the endpoint is for
	 */
	ZmqEndpointRole getRole();

	/**
	 * @return the current state
	 */
	ZmqEndpointState getState();

	/**
	 * @return the addresses actually bound, with real ports
	 */
	List<String> getBoundAddresses();

	/**
	 * @return the addresses the endpoint connects to
	 */
	List<String> getConnectAddresses();

	/**
	 * @return the endpoint's connections and socket events
	 */
	ZmqConnectionMonitor getConnectionMonitor();

	/**
	 * @return why the endpoint failed, or {@code null}
	 */
	@Nullable Throwable getFailure();

	/**
	 * @return the counters
	 */
	ZmqEndpointStatistics getStatistics();

	/**
	 * @return how many received messages are in process
	 */
	int getInFlight();

	/**
	 * @return whether the registry starts this endpoint with the application context
	 */
	boolean isAutoStartup();

	/**
	 * Open the socket(s) and wait until bound and connected.
	 * @throws ZmqException when that fails
	 */
	void start();

	/**
	 * Stop gracefully, bounded by the shutdown timeout.
	 */
	void stop();

	/**
	 * Stop reading; ZeroMQ's high-water marks push back on senders.
	 */
	void pause();

	/**
	 * Resume reading after {@link #pause()}.
	 */
	void resume();

}
