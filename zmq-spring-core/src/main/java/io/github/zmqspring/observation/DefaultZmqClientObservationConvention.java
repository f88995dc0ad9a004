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
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of the {@code zmq.client.requests} observation:
 * {@code endpoint}, {@code socket.type} (always {@code DEALER}), {@code route} and
 * {@code outcome} ({@code success}, {@code error} or {@code timeout}).
 */
public class DefaultZmqClientObservationConvention implements ZmqClientObservationConvention {

	/** A shared instance. */
	public static final DefaultZmqClientObservationConvention INSTANCE = new DefaultZmqClientObservationConvention();

	@Override
	public String getName() {
		return "zmq.client.requests";
	}

	@Override
	public String getContextualName(ZmqClientObservationContext context) {
		return context.getEndpoint() + " " + context.getRoute() + " send";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ZmqClientObservationContext context) {
		return KeyValues.of(ZmqKeyNames.ENDPOINT.withValue(context.getEndpoint()),
				ZmqKeyNames.SOCKET_TYPE.withValue("DEALER"), ZmqKeyNames.ROUTE.withValue(context.getRoute()),
				ZmqKeyNames.OUTCOME.withValue(outcome(context)));
	}

	private static String outcome(ZmqClientObservationContext context) {
		if (context.getError() == null) {
			return "success";
		}
		return context.isTimedOut() ? "timeout" : "error";
	}

}
