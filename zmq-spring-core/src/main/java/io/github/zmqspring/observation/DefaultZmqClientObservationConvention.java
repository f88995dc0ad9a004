package io.github.zmqspring.observation;

import io.github.zmqspring.observation.ZmqObservationDocumentation.ZmqKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of the {@code zmq.client.requests} observation:
 * {@code endpoint}, {@code socket.type} (always {@code DEALER}), {@code route} and
 * {@code outcome} ({@code success}, {@code error} or {@code timeout}).
 *
 * @author zmq-spring-boot
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
