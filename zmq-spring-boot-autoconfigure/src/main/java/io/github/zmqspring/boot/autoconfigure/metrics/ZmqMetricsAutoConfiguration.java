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
