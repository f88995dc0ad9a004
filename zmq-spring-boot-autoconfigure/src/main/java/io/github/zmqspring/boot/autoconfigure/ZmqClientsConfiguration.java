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

package io.github.zmqspring.boot.autoconfigure;

import java.util.concurrent.Executor;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.client.ZmqClientProxyFactory;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqTemplate;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.observation.ZmqClientObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Client infrastructure: the shared client sockets, the proxy factory behind
 * {@code @ZmqDealerClient} interfaces (found in the application's packages), and the
 * {@link ZmqTemplate}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ZmqClientsScanRegistrar.class)
class ZmqClientsConfiguration {

	/** The name of the scheduler that expires requests. */
	static final String SCHEDULER_BEAN_NAME = "zmqTaskScheduler";

	@Bean(name = SCHEDULER_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = SCHEDULER_BEAN_NAME)
	ThreadPoolTaskScheduler zmqTaskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("zmq-scheduler-");
		scheduler.setDaemon(true);
		return scheduler;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqClientSockets zmqClientSockets(ZContext context, ZmqEndpointDefinitions definitions,
			ZmqEndpointRegistry registry,
			@Qualifier(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME) Executor executor,
			@Qualifier(SCHEDULER_BEAN_NAME) ThreadPoolTaskScheduler scheduler,
			ObjectProvider<ZmqSocketCustomizer> customizers, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ZmqClientObservationConvention> observationConvention) {
		ZmqClientSockets endpoints = new ZmqClientSockets(context, definitions, registry, executor, scheduler);
		endpoints.setCustomizers(customizers.orderedStream().toList());
		endpoints.setObservation(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP),
				observationConvention.getIfUnique());
		return endpoints;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqClientProxyFactory zmqClientProxyFactory(ZmqClientSockets endpoints, ZmqPayloadConverter payloadConverter,
			ConfigurableBeanFactory beanFactory) {
		return new ZmqClientProxyFactory(endpoints, payloadConverter, new EmbeddedValueResolver(beanFactory));
	}

	@Bean
	@ConditionalOnMissingBean(ZmqOperations.class)
	ZmqTemplate zmqTemplate(ZmqClientSockets endpoints, ZmqPayloadConverter payloadConverter) {
		return new ZmqTemplate(endpoints, payloadConverter);
	}

}
