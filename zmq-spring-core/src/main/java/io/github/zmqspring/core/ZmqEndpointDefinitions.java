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

package io.github.zmqspring.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.springframework.util.StringUtils;

/**
 * The named endpoints of an application (in Boot: {@code zmq.endpoints}) and the defaults
 * applied to endpoints declared inline on an annotation.
 */
public final class ZmqEndpointDefinitions {

	private final Map<String, ZmqEndpointDefinition> definitions = new LinkedHashMap<>();

	private final Consumer<ZmqEndpointDefinition.Builder> defaults;

	private final UnaryOperator<String> addressMapper;

	/**
	 * Create an instance.
	 * @param definitions the named definitions
	 * @param defaults applies the default settings to a builder for an inline endpoint
	 */
	public ZmqEndpointDefinitions(Collection<ZmqEndpointDefinition> definitions,
			Consumer<ZmqEndpointDefinition.Builder> defaults) {
		definitions.forEach((definition) -> this.definitions.put(definition.name(), definition));
		this.defaults = defaults;
		this.addressMapper = UnaryOperator.identity();
	}

	private ZmqEndpointDefinitions(ZmqEndpointDefinitions source, UnaryOperator<String> mapper) {
		this.defaults = source.defaults;
		this.addressMapper = (address) -> mapper.apply(source.addressMapper.apply(address));
		source.definitions.values()
			.forEach((definition) -> this.definitions.put(definition.name(), map(mapper, definition)));
	}

	/**
	 * Return a copy in which every address, of the named endpoints, of those declared
	 * inline and of those passed to {@link #map(ZmqEndpointDefinition)}, goes through a
	 * mapper (the test slice moves ports with it).
	 * @param mapper maps a {@code bind} or {@code connect} address
	 * @return the copy
	 */
	public ZmqEndpointDefinitions withAddressMapper(UnaryOperator<String> mapper) {
		return new ZmqEndpointDefinitions(this, mapper);
	}

	/**
	 * Apply the address mapper to a definition built elsewhere (the sides of a proxy).
	 * @param definition the definition
	 * @return the definition with mapped addresses, the same one without a mapper
	 */
	public ZmqEndpointDefinition map(ZmqEndpointDefinition definition) {
		return map(this.addressMapper, definition);
	}

	private static ZmqEndpointDefinition map(UnaryOperator<String> mapper, ZmqEndpointDefinition definition) {
		List<String> bind = mapAll(mapper, definition.bind());
		List<String> connect = mapAll(mapper, definition.connect());
		if (bind.equals(definition.bind()) && connect.equals(definition.connect())) {
			return definition;
		}
		return definition.toBuilder().bind(bind).connect(connect).build();
	}

	private static List<String> mapAll(UnaryOperator<String> mapper, List<String> addresses) {
		return addresses.stream().map(mapper).toList();
	}

	/**
	 * Create an instance with no named endpoints and the built-in defaults.
	 * @return an empty instance
	 */
	public static ZmqEndpointDefinitions empty() {
		return new ZmqEndpointDefinitions(List.of(), (builder) -> {
		});
	}

	/**
	 * Return the named definition.
	 * @param name the endpoint name
	 * @return the definition
	 * @throws IllegalStateException when no endpoint has that name
	 */
	public ZmqEndpointDefinition get(String name) {
		ZmqEndpointDefinition definition = this.definitions.get(name);
		if (definition == null) {
			throw new IllegalStateException("No ZeroMQ endpoint named '" + name + "' is configured (known: "
					+ this.definitions.keySet() + "); add it under 'zmq.endpoints." + name + "'");
		}
		return definition;
	}

	/**
	 * Resolve what an annotation declares: either a named endpoint or inline addresses.
	 * @param id the id used for an inline endpoint
	 * @param endpoint the endpoint name, or an empty string
	 * @param bind inline bind addresses
	 * @param connect inline connect addresses
	 * @return the definition
	 */
	public ZmqEndpointDefinition resolve(String id, String endpoint, List<String> bind, List<String> connect) {
		if (StringUtils.hasText(endpoint)) {
			if (!bind.isEmpty() || !connect.isEmpty()) {
				throw new IllegalStateException("Endpoint '" + endpoint
						+ "': declare either 'endpoint' or inline 'bind'/'connect' addresses, not both");
			}
			return get(endpoint);
		}
		ZmqEndpointDefinition.Builder builder = ZmqEndpointDefinition.builder(id);
		this.defaults.accept(builder);
		return builder.bind(mapAll(this.addressMapper, bind)).connect(mapAll(this.addressMapper, connect)).build();
	}

	/**
	 * Resolve what a client annotation declares: the named endpoint when it is configured
	 * (it overrides the inline addresses), else an endpoint of that name connecting to
	 * the inline addresses with the defaults.
	 * @param name the endpoint name
	 * @param connect inline connect addresses, possibly empty
	 * @return the definition
	 * @throws IllegalStateException when the endpoint is neither configured nor has
	 * inline addresses
	 */
	public ZmqEndpointDefinition resolveClient(String name, List<String> connect) {
		if (this.definitions.containsKey(name)) {
			return this.definitions.get(name);
		}
		if (connect.isEmpty()) {
			throw new IllegalStateException("No ZeroMQ endpoint named '" + name + "' is configured (known: "
					+ this.definitions.keySet() + "); add it under 'zmq.endpoints." + name
					+ "' or declare 'connect' addresses on the client annotation");
		}
		ZmqEndpointDefinition.Builder builder = ZmqEndpointDefinition.builder(name);
		this.defaults.accept(builder);
		return builder.connect(mapAll(this.addressMapper, connect)).build();
	}

	/**
	 * Return all named definitions.
	 * @return the definitions in declaration order
	 */
	public Collection<ZmqEndpointDefinition> all() {
		return this.definitions.values();
	}

}
