package io.github.zmqspring.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.util.StringUtils;

/**
 * The named endpoints of an application (in Boot: {@code zmq.endpoints}) and the defaults
 * applied to endpoints declared inline on an annotation.
 *
 * @author zmq-spring-boot
 */
public final class ZmqEndpointDefinitions {

	private final Map<String, ZmqEndpointDefinition> definitions = new LinkedHashMap<>();

	private final Consumer<ZmqEndpointDefinition.Builder> defaults;

	/**
	 * Create an instance.
	 * @param definitions the named definitions
	 * @param defaults applies the default settings to a builder for an inline endpoint
	 */
	public ZmqEndpointDefinitions(Collection<ZmqEndpointDefinition> definitions,
			Consumer<ZmqEndpointDefinition.Builder> defaults) {
		definitions.forEach((definition) -> this.definitions.put(definition.name(), definition));
		this.defaults = defaults;
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
		return builder.bind(bind).connect(connect).build();
	}

	/**
	 * Resolve what a client annotation declares: the named endpoint when it is configured (it
	 * overrides the inline addresses), else an endpoint of that name connecting to the inline
	 * addresses with the defaults.
	 * @param name the endpoint name
	 * @param connect inline connect addresses, possibly empty
	 * @return the definition
	 * @throws IllegalStateException when the endpoint is neither configured nor has inline
	 * addresses
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
		return builder.connect(connect).build();
	}

	/**
	 * Return all named definitions.
	 * @return the definitions in declaration order
	 */
	public Collection<ZmqEndpointDefinition> all() {
		return this.definitions.values();
	}

}
