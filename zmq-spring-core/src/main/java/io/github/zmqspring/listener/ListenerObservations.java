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

import io.github.zmqspring.observation.DefaultZmqListenerObservationConvention;
import io.github.zmqspring.observation.ZmqListenerObservationContext;
import io.github.zmqspring.observation.ZmqListenerObservationConvention;
import io.github.zmqspring.observation.ZmqObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.messaging.Message;

/**
 * Starts the {@code zmq.listener} observations of a socket's listener methods; costs a
 * check when no registry is configured.
 *
 * @param registry the registry ({@link ObservationRegistry#NOOP} for none)
 * @param convention a convention replacing the default one, or {@code null}
 */
record ListenerObservations(ObservationRegistry registry, @Nullable ZmqListenerObservationConvention convention) {

	static final ListenerObservations NONE = new ListenerObservations(ObservationRegistry.NOOP, null);

	/**
	 * Start observing a message a listener method is about to process.
	 * @param endpoint the endpoint name
	 * @param socketType the socket type
	 * @param route the route or topic of the method
	 * @param message the message, whose headers carry the trace context
	 * @return the started observation, or a no-op one
	 */
	Observation start(String endpoint, SocketType socketType, String route, Message<?> message) {
		if (this.registry.isNoop()) {
			return Observation.NOOP;
		}
		return ZmqObservationDocumentation.LISTENER
			.observation(this.convention, DefaultZmqListenerObservationConvention.INSTANCE,
					() -> new ZmqListenerObservationContext(message, endpoint, socketType, route), this.registry)
			.start();
	}

	/**
	 * Record that the message failed, with the status its reply carries.
	 * @param observation the observation
	 * @param status the status
	 * @param failure why
	 */
	static void failed(Observation observation, int status, Throwable failure) {
		if (observation.getContext() instanceof ZmqListenerObservationContext context) {
			context.setStatus(status);
		}
		observation.error(failure);
	}

}
