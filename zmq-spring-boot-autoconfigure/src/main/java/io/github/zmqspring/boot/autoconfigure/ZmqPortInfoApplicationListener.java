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

import java.util.HashMap;
import java.util.Map;

import io.github.zmqspring.core.ZmqAddresses;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointStartedEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Publishes the port an endpoint actually bound as {@code local.zmq.<endpoint-id>.port}
 * in the environment (and in the parents' environments), so that a random port ({@code *}
 * or {@code 0}) can be injected with {@code @Value("${local.zmq.orders.port}")}. The port
 * is the one of the endpoint's first bound {@code tcp://} address.
 */
final class ZmqPortInfoApplicationListener
		implements ApplicationListener<ZmqEndpointStartedEvent>, ApplicationContextAware {

	/** The name of the property source holding the ports. */
	static final String PROPERTY_SOURCE_NAME = "zmq.ports";

	private @Nullable ApplicationContext applicationContext;

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
	}

	@Override
	public void onApplicationEvent(ZmqEndpointStartedEvent event) {
		ZmqEndpoint endpoint = event.getEndpoint();
		Integer port = ZmqAddresses.firstTcpPort(endpoint.getBoundAddresses());
		if (port != null && this.applicationContext != null) {
			setPortProperty(this.applicationContext, "local.zmq." + endpoint.getId() + ".port", port);
		}
	}

	private static void setPortProperty(ApplicationContext context, String propertyName, int port) {
		if (context instanceof ConfigurableApplicationContext configurableContext) {
			setPortProperty(configurableContext.getEnvironment(), propertyName, port);
		}
		ApplicationContext parent = context.getParent();
		if (parent != null) {
			setPortProperty(parent, propertyName, port);
		}
	}

	@SuppressWarnings("unchecked")
	private static void setPortProperty(ConfigurableEnvironment environment, String propertyName, int port) {
		MutablePropertySources sources = environment.getPropertySources();
		PropertySource<?> source = sources.get(PROPERTY_SOURCE_NAME);
		if (source == null) {
			source = new MapPropertySource(PROPERTY_SOURCE_NAME, new HashMap<>());
			sources.addFirst(source);
		}
		((Map<String, Object>) source.getSource()).put(propertyName, port);
	}

}
