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
import java.util.Map;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqProxy;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Creates a {@link ZmqProxy} for every entry under {@code zmq.proxies} (with its capture
 * endpoint, when one is named) and registers it with the endpoint registry, which starts
 * and stops it with the application.
 */
class ZmqProxiesRegistrar implements SmartInitializingSingleton {

	private final ZContext context;

	private final ZmqProperties properties;

	private final ZmqEndpointRegistry registry;

	private final List<ZmqSocketCustomizer> customizers;

	private final ZmqClientSockets clientEndpoints;

	private final ZmqEndpointDefinitions definitions;

	ZmqProxiesRegistrar(ZContext context, ZmqProperties properties, ZmqEndpointRegistry registry,
			List<ZmqSocketCustomizer> customizers, ZmqClientSockets clientEndpoints,
			ZmqEndpointDefinitions definitions) {
		this.context = context;
		this.properties = properties;
		this.registry = registry;
		this.customizers = customizers;
		this.clientEndpoints = clientEndpoints;
		this.definitions = definitions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ZmqEndpointDefinitionsFactory definitions = new ZmqEndpointDefinitionsFactory(this.properties);
		for (Map.Entry<String, ZmqProperties.Proxy> entry : this.properties.getProxies().entrySet()) {
			String name = entry.getKey();
			ZmqProperties.Proxy proxy = entry.getValue();
			ZmqProxy created = new ZmqProxy(this.context, name, proxy.getType(),
					this.definitions.map(definitions.createProxySide(name, "frontend", proxy.getFrontend())),
					this.definitions.map(definitions.createProxySide(name, "backend", proxy.getBackend())),
					this.customizers);
			created.setAutoStartup(proxy.isAutoStartup());
			String capture = proxy.getCapture();
			if (capture != null) {
				SocketType type = this.definitions.get(capture).type();
				created.setCapture(
						this.clientEndpoints.sender(capture, (type != null) ? type : SocketType.PUB).getEndpoint());
			}
			created.setShutdownTimeout(this.properties.getContext().getShutdownTimeout());
			this.registry.register(created);
		}
	}

}
