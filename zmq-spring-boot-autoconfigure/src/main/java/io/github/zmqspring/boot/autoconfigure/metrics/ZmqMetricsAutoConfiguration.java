package io.github.zmqspring.boot.autoconfigure.metrics;

import io.github.zmqspring.boot.actuate.ZmqBrokerMeters;
import io.github.zmqspring.boot.actuate.ZmqEndpointMeters;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Binds every endpoint's counters to the application's {@link MeterRegistry}.
 *
 * @author zmq-spring-boot
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, ZmqEndpointRegistry.class })
public final class ZmqMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ZmqEndpointMeters zmqEndpointMeters(MeterRegistry meterRegistry, ObjectProvider<ZmqClientSockets> clients) {
		return new ZmqEndpointMeters(meterRegistry, clients.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqBrokerMeters zmqBrokerMeters(MeterRegistry meterRegistry) {
		return new ZmqBrokerMeters(meterRegistry);
	}

}
