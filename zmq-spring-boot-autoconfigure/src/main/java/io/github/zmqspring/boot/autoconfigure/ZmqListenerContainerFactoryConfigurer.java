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

import java.util.List;

import io.github.zmqspring.boot.autoconfigure.ZmqProperties.Listener.Errors.IncludeAttribute;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.listener.ZmqErrorReplyOptions;
import io.github.zmqspring.listener.ZmqErrorReplyOptions.Include;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.observation.ZmqListenerObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Applies the {@code zmq.listener.*} properties, the socket customizers, observation and
 * dead-letter endpoints to a {@link ZmqListenerContainerFactory}, as Spring Boot's
 * {@code ConcurrentKafkaListenerContainerFactoryConfigurer} does for Kafka. The
 * auto-configured factory is configured by it; an application that defines its own
 * factory can inject it to start from the same settings: <pre class="code">
 * &#064;Bean
 * ZmqListenerContainerFactory zmqListenerContainerFactory(ZmqListenerContainerFactoryConfigurer configurer, ...) {
 *     ZmqListenerContainerFactory factory = new ZmqListenerContainerFactory(context, definitions, executor,
 *             methodFactory, converter);
 *     configurer.configure(factory);
 *     return factory;
 * }
 * </pre>
 */
public class ZmqListenerContainerFactoryConfigurer {

	private final ZmqProperties properties;

	private final List<ZmqSocketCustomizer> customizers;

	private final ObservationRegistry observationRegistry;

	private final @Nullable ZmqListenerObservationConvention observationConvention;

	private final @Nullable ZmqClientSockets clientSockets;

	/**
	 * Create a configurer.
	 * @param properties the {@code zmq.*} properties
	 * @param customizers the customizers of every listener socket, in order
	 * @param observationRegistry the observation registry
	 * ({@link ObservationRegistry#NOOP} for none)
	 * @param observationConvention a convention replacing the default one, or
	 * {@code null}
	 * @param clientSockets opens the dead-letter PUSH endpoints, or {@code null} when
	 * dead-lettering is not available
	 */
	public ZmqListenerContainerFactoryConfigurer(ZmqProperties properties, List<ZmqSocketCustomizer> customizers,
			ObservationRegistry observationRegistry, @Nullable ZmqListenerObservationConvention observationConvention,
			@Nullable ZmqClientSockets clientSockets) {
		this.properties = properties;
		this.customizers = List.copyOf(customizers);
		this.observationRegistry = observationRegistry;
		this.observationConvention = observationConvention;
		this.clientSockets = clientSockets;
	}

	/**
	 * Apply the settings to a factory.
	 * @param factory the factory to configure
	 */
	public void configure(ZmqListenerContainerFactory factory) {
		PropertyMapper map = PropertyMapper.get();
		ZmqProperties.Listener listener = this.properties.getListener();
		map.from(this.customizers).to(factory::setCustomizers);
		map.from(this.clientSockets)
			.to((sockets) -> factory
				.setDeadLetterEndpoints((name) -> sockets.sender(name, SocketType.PUSH).getEndpoint()));
		factory.setObservation(this.observationRegistry, this.observationConvention);
		map.from(listener::getConcurrency).to(factory::setDefaultConcurrency);
		map.from(this.properties.getContext()::getShutdownTimeout).to(factory::setShutdownTimeout);
		map.from(listener::getDirectWarnThreshold).to(factory::setDirectWarnThreshold);
		map.from(listener::getError)
			.as(ZmqListenerContainerFactoryConfigurer::errorReplyOptions)
			.to(factory::setErrorReplyOptions);
	}

	private static ZmqErrorReplyOptions errorReplyOptions(ZmqProperties.Listener.Errors error) {
		ZmqErrorReplyOptions options = ZmqErrorReplyOptions.defaults();
		if (error.getIncludeMessage() == IncludeAttribute.ALWAYS) {
			options = options.including(Include.MESSAGE);
		}
		if (error.getIncludeBindingErrors() == IncludeAttribute.ALWAYS) {
			options = options.including(Include.BINDING_ERRORS);
		}
		return options;
	}

}
