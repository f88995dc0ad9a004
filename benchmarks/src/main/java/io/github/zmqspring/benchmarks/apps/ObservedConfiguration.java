package io.github.zmqspring.benchmarks.apps;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code bench.observed=true}, an {@link ObservationRegistry} that times every
 * observation into a meter registry (what Boot's Actuator sets up), so that the benchmarks
 * measure the starter with its {@code zmq.listener} and {@code zmq.client.requests}
 * observations on.
 *
 * @author zmq-spring-boot
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("bench.observed")
public class ObservedConfiguration {

	@Bean
	ObservationRegistry observationRegistry() {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
		return registry;
	}

}
