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

package io.github.zmqspring.observation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.observation.transport.SenderContext;

/**
 * The context of a {@code zmq.client.requests} observation: the request's headers, into
 * which the trace context is written before the request is sent.
 */
public class ZmqClientObservationContext extends SenderContext<Map<String, String>> {

	private final String endpoint;

	private final String route;

	private boolean timedOut;

	/**
	 * Create a context.
	 * @param endpoint the client endpoint name
	 * @param route the route of the request
	 * @param headers the request's own headers; the trace context is added to a copy
	 */
	public ZmqClientObservationContext(String endpoint, String route, Map<String, String> headers) {
		super((carrier, key, value) -> {
			if (carrier != null) {
				carrier.put(key, value);
			}
		});
		setCarrier(new LinkedHashMap<>(headers));
		setRemoteServiceName("zeromq");
		this.endpoint = endpoint;
		this.route = route;
	}

	/**
	 * @return the client endpoint name
	 */
	public String getEndpoint() {
		return this.endpoint;
	}

	/**
	 * @return the route of the request
	 */
	public String getRoute() {
		return this.route;
	}

	/**
	 * @return whether the request failed because no reply came in time
	 */
	public boolean isTimedOut() {
		return this.timedOut;
	}

	/**
	 * Mark the request as failed for want of a reply in time.
	 * @param timedOut whether it timed out
	 */
	public void setTimedOut(boolean timedOut) {
		this.timedOut = timedOut;
	}

}
