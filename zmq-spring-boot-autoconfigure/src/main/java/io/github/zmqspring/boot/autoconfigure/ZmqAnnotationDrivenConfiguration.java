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

import io.github.zmqspring.config.EnableZmq;
import io.github.zmqspring.config.ZmqConfigUtils;
import io.github.zmqspring.broker.ZmqWorkerFactory;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.convert.ZmqJacksonJsonMessageConverter;
import io.github.zmqspring.convert.ZmqMessageConverters;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqMessageHandlerMethodFactory;
import io.github.zmqspring.observation.ZmqListenerObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.zeromq.ZContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.validation.Validator;

/**
 * Listener infrastructure: payload conversion, argument resolution, the container factory
 * (configured from the properties by a {@link ZmqListenerContainerFactoryConfigurer}),
 * the factory of {@code @ZmqWorker} MDP connections, and {@link EnableZmq @EnableZmq}
 * unless the application enabled it itself.
 * <p>
 * Payloads are converted by raw bytes, then text, then the application's
 * {@link MessageConverter} beans (in their order), then JSON. JSON goes through the
 * application's {@link JsonMapper} when there is one (Boot's Jackson auto-configuration),
 * so {@code spring.jackson.*} and {@code JsonMapperBuilderCustomizer} beans apply on the
 * wire. A {@link ZmqPayloadConverter} bean of the application replaces all of it.
 */
@Configuration(proxyBeanMethods = false)
class ZmqAnnotationDrivenConfiguration {

	/** The name of the JSON converter built on the application's {@link JsonMapper}. */
	static final String JSON_MESSAGE_CONVERTER_BEAN_NAME = "zmqJsonMessageConverter";

	@Bean
	@ConditionalOnMissingBean
	ZmqPayloadConverter zmqPayloadConverter(ObjectProvider<MessageConverter> converters,
			@Qualifier(JSON_MESSAGE_CONVERTER_BEAN_NAME) ObjectProvider<MessageConverter> json) {
		return new ZmqPayloadConverter(
				ZmqMessageConverters.create(converters.orderedStream().toList(), json.getIfAvailable()));
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqMessageHandlerMethodFactory zmqMessageHandlerMethodFactory(ZmqPayloadConverter payloadConverter,
			ObjectProvider<Validator> validator) {
		ZmqMessageHandlerMethodFactory factory = new ZmqMessageHandlerMethodFactory();
		factory.setMessageConverter(payloadConverter.getMessageConverter());
		validator.ifUnique(factory::setValidator);
		return factory;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqListenerContainerFactoryConfigurer zmqListenerContainerFactoryConfigurer(ZmqProperties properties,
			ObjectProvider<ZmqSocketCustomizer> customizers, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ZmqListenerObservationConvention> observationConvention,
			ObjectProvider<ZmqClientSockets> clientSockets) {
		return new ZmqListenerContainerFactoryConfigurer(properties, customizers.orderedStream().toList(),
				observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP), observationConvention.getIfUnique(),
				clientSockets.getIfAvailable());
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqListenerContainerFactory zmqListenerContainerFactory(ZmqListenerContainerFactoryConfigurer configurer,
			ZContext context, ZmqEndpointDefinitions definitions,
			@Qualifier(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME) Executor executor,
			ZmqMessageHandlerMethodFactory methodFactory, ZmqPayloadConverter payloadConverter) {
		ZmqListenerContainerFactory factory = new ZmqListenerContainerFactory(context, definitions, executor,
				methodFactory, payloadConverter);
		configurer.configure(factory);
		return factory;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqWorkerFactory zmqWorkerFactory(ZContext context, ZmqEndpointDefinitions definitions,
			ObjectProvider<ZmqSocketCustomizer> customizers, ZmqProperties properties) {
		ZmqProperties.Worker worker = properties.getWorker();
		ZmqWorkerFactory factory = new ZmqWorkerFactory(context, definitions);
		factory.setCustomizers(customizers.orderedStream().toList());
		factory.setHeartbeat(
				ZmqBrokersRegistrar.positive("zmq.worker.heartbeat-interval", worker.getHeartbeatInterval()),
				ZmqBrokersRegistrar.atLeastOne("zmq.worker.liveness", worker.getLiveness()));
		factory.setShutdownTimeout(properties.getContext().getShutdownTimeout());
		return factory;
	}

	/**
	 * JSON through the application's {@link JsonMapper}. Not a default candidate, so that
	 * it is not mistaken for an application converter.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JsonMapper.class)
	static class JacksonJsonConfiguration {

		@Bean(name = JSON_MESSAGE_CONVERTER_BEAN_NAME, defaultCandidate = false)
		@ConditionalOnBean(JsonMapper.class)
		@ConditionalOnMissingBean(name = JSON_MESSAGE_CONVERTER_BEAN_NAME)
		ZmqJacksonJsonMessageConverter zmqJsonMessageConverter(JsonMapper jsonMapper) {
			return new ZmqJacksonJsonMessageConverter(jsonMapper);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableZmq
	@ConditionalOnMissingBean(name = ZmqConfigUtils.LISTENER_ANNOTATION_PROCESSOR_BEAN_NAME)
	static class EnableZmqConfiguration {

	}

}
