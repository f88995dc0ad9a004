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

package io.github.zmqspring.boot.autoconfigure.health;

import io.github.zmqspring.boot.actuate.ZmqHealthContributor;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.ZmqProperties;
import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.jspecify.annotations.Nullable;

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
 * {@code management.health.zmq.enabled=false}). Whether an endpoint that only connects
 * requires a peer to be UP comes from {@code zmq.endpoints.<name>.health.require-peers}
 * (for a proxy: either side's), else {@code zmq.defaults.health.require-peers}.
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class)
@ConditionalOnClass(HealthContributor.class)
@ConditionalOnBean({ ZmqEndpointRegistry.class, ZmqProperties.class })
@ConditionalOnEnabledHealthIndicator("zmq")
public final class ZmqHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "zmqHealthContributor")
	ZmqHealthContributor zmqHealthContributor(ZmqEndpointRegistry registry, ZmqProperties properties,
			ObjectProvider<ZmqEndpointDiscovery> discovery) {
		ZmqHealthContributor contributor = new ZmqHealthContributor(registry, (id) -> requiresPeers(properties, id));
		contributor.setDiscovery(discovery.getIfAvailable());
		return contributor;
	}

	private static boolean requiresPeers(ZmqProperties properties, String id) {
		@Nullable Boolean fallback = properties.getDefaults().getHealth().getRequirePeers();
		ZmqProperties.Endpoint endpoint = properties.getEndpoints().get(id);
		if (endpoint != null) {
			return requiresPeers(endpoint, fallback);
		}
		ZmqProperties.Proxy proxy = properties.getProxies().get(id);
		if (proxy != null) {
			return requiresPeers(proxy.getFrontend(), fallback) || requiresPeers(proxy.getBackend(), fallback);
		}
		return Boolean.TRUE.equals(fallback);
	}

	private static boolean requiresPeers(ZmqProperties.Options options, @Nullable Boolean fallback) {
		Boolean own = options.getHealth().getRequirePeers();
		return Boolean.TRUE.equals((own != null) ? own : fallback);
	}

}
