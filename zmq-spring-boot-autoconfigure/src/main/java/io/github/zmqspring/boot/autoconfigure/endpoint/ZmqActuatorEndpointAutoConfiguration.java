package io.github.zmqspring.boot.autoconfigure.endpoint;

import io.github.zmqspring.boot.actuate.ZmqActuatorEndpoint;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.core.ZmqEndpointRegistry;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code zmq} Actuator endpoint when it is available (exposed, e.g. with
 * {@code management.endpoints.web.exposure.include=zmq}, and not disabled).
 *
 * @author zmq-spring-boot
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnBean(ZmqEndpointRegistry.class)
@ConditionalOnAvailableEndpoint(ZmqActuatorEndpoint.class)
public final class ZmqActuatorEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ZmqActuatorEndpoint zmqActuatorEndpoint(ZmqEndpointRegistry registry,
			ObjectProvider<ZmqEndpointDiscovery> discovery) {
		ZmqActuatorEndpoint endpoint = new ZmqActuatorEndpoint(registry);
		endpoint.setDiscovery(discovery.getIfAvailable());
		return endpoint;
	}

}
