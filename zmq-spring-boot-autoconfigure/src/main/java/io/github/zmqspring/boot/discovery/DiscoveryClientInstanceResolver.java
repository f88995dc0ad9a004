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
import org.jspecify.annotations.Nullable;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.util.Assert;

/**
 * The instances of a service in a registry, found with Spring Cloud's
 * {@link DiscoveryClient}, so that every registry Spring Cloud supports works. The port
 * of an instance is, in this order: the fixed port given; else the value of the metadata
 * key given; else the value of its one {@code zmq-<endpoint>-port} metadata key (what a
 * server with this starter publishes, see {@link ZmqRegistrationPorts}). An instance
 * without a usable port or host is skipped, with the reason; registry data is checked
 * like any input from the network.
 */
public final class DiscoveryClientInstanceResolver implements ZmqInstanceResolver {

	private static final Pattern ZMQ_PORT_KEY = Pattern.compile("zmq-.+-port");

	private final DiscoveryClient discoveryClient;

	private final String serviceId;

	private final @Nullable Integer port;

	private final @Nullable String portMetadataKey;

	/**
	 * Create a resolver.
	 * @param discoveryClient the discovery client
	 * @param serviceId the service id
	 * @param port the port of every instance, or {@code null} to read it from the
	 * metadata
	 * @param portMetadataKey the metadata key of the port, or {@code null} for the one
	 * {@code zmq-<endpoint>-port} key
	 */
	public DiscoveryClientInstanceResolver(DiscoveryClient discoveryClient, String serviceId, @Nullable Integer port,
			@Nullable String portMetadataKey) {
		Assert.notNull(discoveryClient, "'discoveryClient' must not be null");
		Assert.hasText(serviceId, "'serviceId' must not be empty");
		this.discoveryClient = discoveryClient;
		this.serviceId = serviceId;
		this.port = port;
		this.portMetadataKey = portMetadataKey;
	}

	@Override
	public String description() {
		return "service '" + this.serviceId + "'";
	}

	@Override
	public Instances resolve() {
		List<String> addresses = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (ServiceInstance instance : this.discoveryClient.getInstances(this.serviceId)) {
			String name = instance.getInstanceId() + " (" + instance.getHost() + ")";
			try {
				String address = "tcp://" + host(instance.getHost()) + ":" + port(instance.getMetadata());
				addresses.add(ZmqAddresses.validate(address));
			}
			catch (IllegalArgumentException ex) {
				skipped.add(name + ": " + ex.getMessage());
			}
		}
		return new Instances(addresses.stream().distinct().sorted().toList(), skipped);
	}

	private static String host(@Nullable String host) {
		Assert.hasText(host, "no host");
		if (host.equals("*") || host.contains(";")) {
			// valid in a ZeroMQ address, but not the host of an instance
			throw new IllegalArgumentException("not a host: '" + host + "'");
		}
		return (host.contains(":") && !host.startsWith("[")) ? "[" + host + "]" : host;
	}

	private int port(@Nullable Map<String, String> metadata) {
		if (this.port != null) {
			return this.port;
		}
		Map<String, String> entries = (metadata != null) ? metadata : Map.of();
		String key = (this.portMetadataKey != null) ? this.portMetadataKey : zmqPortKey(entries);
		String value = entries.get(key);
		if (value == null) {
			throw new IllegalArgumentException("no metadata '" + key + "'");
		}
		int parsed;
		try {
			parsed = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			parsed = -1;
		}
		if (parsed < 1 || parsed > 65535) {
			throw new IllegalArgumentException("metadata '" + key + "' is not a port: " + value);
		}
		return parsed;
	}

	private static String zmqPortKey(Map<String, String> metadata) {
		List<String> keys = metadata.keySet()
			.stream()
			.filter((key) -> ZMQ_PORT_KEY.matcher(key).matches())
			.sorted()
			.toList();
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("no 'zmq-<endpoint>-port' metadata; set the endpoint's 'discovery.port' "
					+ "or 'discovery.port-metadata-key'");
		}
		if (keys.size() > 1) {
			throw new IllegalArgumentException(
					"several ZeroMQ ports " + keys + "; set the endpoint's 'discovery.port-metadata-key'");
		}
		return keys.get(0);
	}

}
