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

import org.springframework.context.ApplicationEvent;

/**
 * Published when an endpoint has bound and connected its socket; carries the endpoint,
 * whose {@link ZmqEndpoint#getBoundAddresses() bound addresses} hold the real ports.
 */
public class ZmqEndpointStartedEvent extends ApplicationEvent {

	private final ZmqEndpoint endpoint;

	/**
	 * Create an event.
	 * @param source the registry that started the endpoint
	 * @param endpoint the endpoint
	 */
	public ZmqEndpointStartedEvent(Object source, ZmqEndpoint endpoint) {
		super(source);
		this.endpoint = endpoint;
	}

	/**
	 * @return the endpoint that started
	 */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

}
