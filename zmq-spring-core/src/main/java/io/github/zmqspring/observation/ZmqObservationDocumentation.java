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

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of the starter: one per message a listener method processes and one
 * per request a client makes.
 */
public enum ZmqObservationDocumentation implements ObservationDocumentation {

	/**
	 * A listener method processing one message, until its last reply is queued.
	 */
	LISTENER {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultZmqListenerObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ZmqKeyNames.values();
		}
	},

	/**
	 * A client request, from sending it until its reply (or its last streamed element),
	 * its failure or its timeout.
	 */
	CLIENT_REQUESTS {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultZmqClientObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return ZmqKeyNames.values();
		}
	};

	/**
	 * The low cardinality keys of both observations.
	 */
	public enum ZmqKeyNames implements KeyName {

		/** The endpoint name. */
		ENDPOINT {
			@Override
			public String asString() {
				return "endpoint";
			}
		},

		/** The socket type, e.g. {@code ROUTER}. */
		SOCKET_TYPE {
			@Override
			public String asString() {
				return "socket.type";
			}
		},

		/** The route (or, on a SUB socket, the topic) of the listener method. */
		ROUTE {
			@Override
			public String asString() {
				return "route";
			}
		},

		/**
		 * How it ended: listeners {@code success}, {@code client_error} (the message
		 * could not be read: status 400 or 415) or {@code server_error}; clients
		 * {@code success}, {@code error} or {@code timeout}.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		}

	}

}
