package io.github.zmqspring.boot.autoconfigure.health;

import io.github.zmqspring.boot.actuate.ZmqHealthContributor;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.core.ZmqEndpointRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code zmq} health contributor (disable with
 * {@code management.health.zmq.enabled=false}).
 *
 * @author zmq-spring-boot
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class)
@ConditionalOnClass(HealthContributor.class)
@ConditionalOnBean(ZmqEndpointRegistry.class)
@ConditionalOnEnabledHealthIndicator("zmq")
public final class ZmqHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "zmqHealthContributor")
	ZmqHealthContributor zmqHealthContributor(ZmqEndpointRegistry registry,
			ObjectProvider<ZmqEndpointDiscovery> discovery) {
		ZmqHealthContributor contributor = new ZmqHealthContributor(registry);
		contributor.setDiscovery(discovery.getIfAvailable());
		return contributor;
	}

}
