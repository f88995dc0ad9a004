package io.github.zmqspring.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of the starter: one per message a listener method processes and one
 * per request a client makes.
 *
 * @author zmq-spring-boot
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
	 * A client request, from sending it until its reply (or its last streamed element), its
	 * failure or its timeout.
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
		 * How it ended: listeners {@code success}, {@code client_error} (the message could
		 * not be read: status 400 or 415) or {@code server_error}; clients {@code success},
		 * {@code error} or {@code timeout}.
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		}

	}

}
