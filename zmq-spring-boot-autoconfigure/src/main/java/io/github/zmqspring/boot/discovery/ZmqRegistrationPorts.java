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

package io.github.zmqspring.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.zmqspring.core.ZmqAddresses;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.cloud.client.discovery.event.InstancePreRegisteredEvent;
import org.springframework.cloud.client.serviceregistry.Registration;
import org.springframework.context.ApplicationListener;

/**
 * Publishes the bound ZeroMQ ports of the application into its service-instance metadata
 * before Spring Cloud registers it: {@code zmq-<endpoint>-port} for every running
 * endpoint with a bound {@code tcp://} port (the real one for a random port), so that a
 * client needs only the service id ({@link DiscoveryClientInstanceResolver}). Spring
 * Cloud registers an application when its web server has started, after the endpoint
 * registry has opened the endpoints; an endpoint that opens after registration is not
 * published.
 * <p>
 * The key is valid in every registry Spring Cloud supports: letters, digits, {@code -}
 * and {@code _} only (Consul's rule) and at most 63 characters (a Kubernetes label or
 * annotation name). An endpoint whose id would make another key (an inline listener's
 * {@code bean.method} id, for example) is not published, with a warning.
 * <p>
 * The ports are written into {@link Registration#getMetadata()}; for Spring Cloud
 * ZooKeeper, whose registration shows an unmodifiable empty map until its port is set,
 * into the metadata of its service instance's payload, which is what gets registered.
 */
public class ZmqRegistrationPorts implements ApplicationListener<InstancePreRegisteredEvent> {

	private static final Log logger = LogFactory.getLog(ZmqRegistrationPorts.class);

	private static final String PREFIX = "zmq-";

	private static final String SUFFIX = "-port";

	/** The endpoint ids that make a valid key: 63 characters in all. */
	private static final Pattern PUBLISHABLE_ID = Pattern
		.compile("[A-Za-z0-9_-]{1," + (63 - PREFIX.length() - SUFFIX.length()) + "}");

	private static final String ZOOKEEPER_REGISTRATION = "org.springframework.cloud.zookeeper.serviceregistry."
			+ "ServiceInstanceRegistration";

	private final ZmqEndpointRegistry registry;

	/**
	 * Create an instance.
	 * @param registry the endpoint registry
	 */
	public ZmqRegistrationPorts(ZmqEndpointRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Return the metadata key under which the port of an endpoint is published.
	 * @param endpoint the endpoint id
	 * @return {@code zmq-<endpoint>-port}
	 * @throws IllegalArgumentException when the id makes no valid key (see
	 * {@link #isPublishable(String)})
	 */
	public static String metadataKey(String endpoint) {
		if (!isPublishable(endpoint)) {
			throw new IllegalArgumentException("endpoint id '" + endpoint + "' makes no valid metadata key: "
					+ "use letters, digits, '-' and '_' only, at most 54 characters");
		}
		return PREFIX + endpoint + SUFFIX;
	}

	/**
	 * Whether the port of an endpoint can be published: its id has letters, digits,
	 * {@code -} and {@code _} only, at most 54 of them, so that
	 * {@code zmq-<endpoint>-port} is a valid metadata key in Consul, Eureka, ZooKeeper
	 * and as a Kubernetes label.
	 * @param endpoint the endpoint id
	 * @return whether it makes a valid key
	 */
	public static boolean isPublishable(String endpoint) {
		return PUBLISHABLE_ID.matcher(endpoint).matches();
	}

	@Override
	public void onApplicationEvent(InstancePreRegisteredEvent event) {
		Registration registration = event.getRegistration();
		Map<String, String> metadata = writableMetadata(registration);
		if (metadata == null) {
			logger.warn("Cannot publish the ZeroMQ ports: " + registration.getClass().getName() + " has no metadata");
			return;
		}
		List<String> unpublishable = new ArrayList<>();
		for (ZmqEndpoint endpoint : this.registry.getEndpoints()) {
			Integer port = ZmqAddresses.firstTcpPort(endpoint.getBoundAddresses());
			if (port == null) {
				continue;
			}
			if (!isPublishable(endpoint.getId())) {
				unpublishable.add(endpoint.getId());
				continue;
			}
			try {
				metadata.put(metadataKey(endpoint.getId()), String.valueOf(port));
			}
			catch (UnsupportedOperationException ex) {
				logger.warn("Cannot publish the ZeroMQ port of endpoint '" + endpoint.getId() + "': the metadata of "
						+ registration.getClass().getName() + " cannot be changed");
				return;
			}
		}
		if (!unpublishable.isEmpty()) {
			logger.warn("Not publishing the ZeroMQ port of endpoint(s) " + unpublishable + " in the service-instance "
					+ "metadata: a key 'zmq-<endpoint>-port' allows letters, digits, '-' and '_' only, at most 54 in "
					+ "the endpoint id. Name the endpoint that way (under 'zmq.endpoints', or a listener's 'id'), or "
					+ "have its clients set 'discovery.port'");
		}
	}

	/**
	 * The map to write into. Spring Cloud ZooKeeper's registration shows an empty,
	 * unmodifiable map until its service instance is built (when its port is set, just
	 * after this event). Its instance's payload holds the map that is registered, and
	 * keeps it when the instance is built again with the port. Reached through bean
	 * properties, so that this class needs no Spring Cloud ZooKeeper types.
	 */
	@SuppressWarnings("unchecked")
	private static @Nullable Map<String, String> writableMetadata(Registration registration) {
		if (!registration.getClass().getName().equals(ZOOKEEPER_REGISTRATION)) {
			return registration.getMetadata();
		}
		BeanWrapper zookeeper = new BeanWrapperImpl(registration);
		// builds the service instance
		Map<String, String> metadata = (Map<String, String>) zookeeper
			.getPropertyValue("serviceInstance.payload.metadata");
		if (zookeeper.getPropertyValue("serviceInstance.port") == null) {
			// built before its port was set: 0 means "not set", so registration sets the
			// web server's
			zookeeper.setPropertyValue("port", 0);
		}
		return metadata;
	}

}
