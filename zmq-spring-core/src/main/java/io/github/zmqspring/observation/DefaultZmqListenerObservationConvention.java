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

import io.github.zmqspring.observation.ZmqObservationDocumentation.ZmqKeyNames;
import io.github.zmqspring.protocol.ZmqStatus;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of the {@code zmq.listener} observation: {@code endpoint},
 * {@code socket.type}, {@code route} and {@code outcome}.
 */
public class DefaultZmqListenerObservationConvention implements ZmqListenerObservationConvention {

	/** A shared instance. */
	public static final DefaultZmqListenerObservationConvention INSTANCE = new DefaultZmqListenerObservationConvention();

	@Override
	public String getName() {
		return "zmq.listener";
	}

	@Override
	public String getContextualName(ZmqListenerObservationContext context) {
		return context.getEndpoint() + " " + context.getRoute() + " receive";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ZmqListenerObservationContext context) {
		return KeyValues.of(ZmqKeyNames.ENDPOINT.withValue(context.getEndpoint()),
				ZmqKeyNames.SOCKET_TYPE.withValue(context.getSocketType().name()),
				ZmqKeyNames.ROUTE.withValue(context.getRoute()), ZmqKeyNames.OUTCOME.withValue(outcome(context)));
	}

	private static String outcome(ZmqListenerObservationContext context) {
		if (context.getError() == null && context.getStatus() == 0) {
			return "success";
		}
		int status = context.getStatus();
		return (status >= ZmqStatus.BAD_REQUEST && status < ZmqStatus.INTERNAL_ERROR) ? "client_error" : "server_error";
	}

}
