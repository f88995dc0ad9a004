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

import io.micrometer.observation.transport.ReceiverContext;
import org.zeromq.SocketType;

import org.springframework.messaging.Message;

/**
 * The context of a {@code zmq.listener} observation: the message a listener method
 * processes, whose headers carry the sender's trace context.
 */
public class ZmqListenerObservationContext extends ReceiverContext<Message<?>> {

	private final String endpoint;

	private final SocketType socketType;

	private final String route;

	private int status;

	/**
	 * Create a context.
	 * @param message the message being processed
	 * @param endpoint the endpoint name
	 * @param socketType the endpoint's socket type
	 * @param route the route or topic of the listener method
	 */
	public ZmqListenerObservationContext(Message<?> message, String endpoint, SocketType socketType, String route) {
		super((carrier, key) -> carrier.getHeaders().get(key, String.class));
		setCarrier(message);
		setRemoteServiceName("zeromq");
		this.endpoint = endpoint;
		this.socketType = socketType;
		this.route = route;
	}

	/**
	 * @return the endpoint name
	 */
	public String getEndpoint() {
		return this.endpoint;
	}

	/**
	 * @return the endpoint's socket type
	 */
	public SocketType getSocketType() {
		return this.socketType;
	}

	/**
	 * @return the route or topic of the listener method
	 */
	public String getRoute() {
		return this.route;
	}

	/**
	 * @return the error status of the reply ({@code 0} while none)
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Record the error status the message failed with.
	 * @param status the status, as in {@link io.github.zmqspring.protocol.ZmqStatus}
	 */
	public void setStatus(int status) {
		this.status = status;
	}

}
