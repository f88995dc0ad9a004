package io.github.zmqspring.observation;

import io.github.zmqspring.observation.ZmqObservationDocumentation.ZmqKeyNames;
import io.github.zmqspring.protocol.ZmqStatus;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags of the {@code zmq.listener} observation: {@code endpoint},
 * {@code socket.type}, {@code route} and {@code outcome}.
 *
 * @author zmq-spring-boot
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
