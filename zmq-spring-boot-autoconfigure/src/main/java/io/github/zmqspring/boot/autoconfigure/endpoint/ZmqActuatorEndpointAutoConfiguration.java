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
