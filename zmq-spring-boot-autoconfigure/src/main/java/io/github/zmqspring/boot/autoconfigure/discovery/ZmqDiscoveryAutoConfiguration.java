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

package io.github.zmqspring.boot.autoconfigure.discovery;

import java.util.Map;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.ZmqProperties;
import io.github.zmqspring.boot.discovery.DiscoveryClientInstanceResolver;
import io.github.zmqspring.boot.discovery.DnsInstanceResolver;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.boot.discovery.ZmqInstanceResolver;
import io.github.zmqspring.boot.discovery.ZmqRegistrationPorts;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.cloud.client.discovery.event.HeartbeatEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Endpoints that find their connect addresses at run time
 * ({@code zmq.endpoints.<name>.discovery}): a {@link ZmqEndpointDiscovery} that looks up
 * their instances on its own scheduler thread (a registry or DNS look-up may block; it
 * must not delay the request expiry on {@code zmqTaskScheduler}). With
 * spring-cloud-commons on the class path, a {@code service-id} is looked up with the
 * application's {@link DiscoveryClient}, Spring Cloud's {@link HeartbeatEvent} triggers a
 * look-up, and the bound ports are published into the application's own service-instance
 * metadata ({@link ZmqRegistrationPorts}) unless
 * {@code zmq.discovery.publish-ports=false}.
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class,
		afterName = { "org.springframework.cloud.client.discovery.simple.SimpleDiscoveryClientAutoConfiguration",
				"org.springframework.cloud.client.discovery.composite.CompositeDiscoveryClientAutoConfiguration" })
@ConditionalOnBean(ZmqEndpointRegistry.class)
public final class ZmqDiscoveryAutoConfiguration {

	/** The name of the scheduler that runs the look-ups. */
	public static final String SCHEDULER_BEAN_NAME = "zmqDiscoveryTaskScheduler";

	private static final String ENDPOINTS_PREFIX = "zmq.endpoints.";

	@Bean(name = SCHEDULER_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = SCHEDULER_BEAN_NAME)
	ThreadPoolTaskScheduler zmqDiscoveryTaskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("zmq-discovery-");
		scheduler.setDaemon(true);
		return scheduler;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqEndpointDiscovery zmqEndpointDiscovery(ZmqProperties properties, ZmqEndpointRegistry registry,
			@Qualifier(SCHEDULER_BEAN_NAME) ThreadPoolTaskScheduler scheduler,
			ObjectProvider<ServiceResolvers> serviceResolvers) {
		ZmqEndpointDiscovery discovery = new ZmqEndpointDiscovery(registry, scheduler);
		for (Map.Entry<String, ZmqProperties.Endpoint> entry : properties.getEndpoints().entrySet()) {
			ZmqProperties.Discovery settings = entry.getValue().getDiscovery();
			ZmqInstanceResolver resolver = resolver(entry.getKey(), settings, serviceResolvers);
			if (resolver != null) {
				discovery.register(entry.getKey(), resolver, settings.getRefreshInterval());
			}
		}
		return discovery;
	}

	private static @Nullable ZmqInstanceResolver resolver(String endpoint, ZmqProperties.Discovery settings,
			ObjectProvider<ServiceResolvers> serviceResolvers) {
		String dns = settings.getDns();
		Integer port = settings.getPort();
		if (dns != null && port != null) {
			return new DnsInstanceResolver(dns, port);
		}
		String serviceId = settings.getServiceId();
		if (serviceId == null) {
			return null;
		}
		ServiceResolvers services = serviceResolvers.getIfAvailable();
		if (services == null) {
			throw new InvalidConfigurationPropertyValueException(ENDPOINTS_PREFIX + endpoint + ".discovery.service-id",
					serviceId, "no DiscoveryClient bean: add a Spring Cloud discovery client (ZooKeeper, Consul, "
							+ "Kubernetes, Eureka) or 'spring.cloud.discovery.client.simple.instances'");
		}
		return services.create(serviceId, settings);
	}

	/**
	 * Creates the resolvers of {@code service-id} endpoints; a type of its own so that
	 * the auto-configuration loads without Spring Cloud on the class path.
	 */
	@FunctionalInterface
	interface ServiceResolvers {

		ZmqInstanceResolver create(String serviceId, ZmqProperties.Discovery settings);

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(DiscoveryClient.class)
	static class SpringCloudDiscoveryConfiguration {

		@Bean
		@ConditionalOnBean(DiscoveryClient.class)
		ServiceResolvers zmqServiceResolvers(DiscoveryClient discoveryClient) {
			return (serviceId, settings) -> new DiscoveryClientInstanceResolver(discoveryClient, serviceId,
					settings.getPort(), settings.getPortMetadataKey());
		}

		@Bean
		ApplicationListener<HeartbeatEvent> zmqDiscoveryHeartbeatListener(ZmqEndpointDiscovery discovery) {
			return (event) -> discovery.refreshSoon();
		}

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = "zmq.discovery.publish-ports", matchIfMissing = true)
		ZmqRegistrationPorts zmqRegistrationPorts(ZmqEndpointRegistry registry) {
			return new ZmqRegistrationPorts(registry);
		}

	}

}
