package io.github.zmqspring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the {@code zmq.listener} observation; declare a bean to change them.
 *
 * @author zmq-spring-boot
 */
public interface ZmqListenerObservationConvention extends ObservationConvention<ZmqListenerObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ZmqListenerObservationContext;
	}

}
