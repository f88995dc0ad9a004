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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.zmqspring.core.ZmqAddresses;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqRetrySettings;
import io.github.zmqspring.core.ZmqSocketOptions;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Turns {@link ZmqProperties} into {@link ZmqEndpointDefinitions}: one definition per
 * {@code zmq.endpoints} entry, and the {@code zmq.defaults} for endpoints declared
 * inline.
 * <p>
 * A value set on an endpoint wins over {@code zmq.defaults}; a value set in neither place
 * is not passed on, so the built-in default of {@link ZmqSocketOptions.Builder} and
 * {@link ZmqEndpointDefinition.Builder} applies; security values inherit the same way
 * ({@link ZmqSecurityFactory}). An invalid value fails with an
 * {@link InvalidConfigurationPropertyValueException} that names the exact property.
 */
public final class ZmqEndpointDefinitionsFactory {

	private static final String DEFAULTS_PREFIX = "zmq.defaults";

	private static final String ENDPOINTS_PREFIX = "zmq.endpoints";

	private static final String DISCOVERY_CLIENT = "org.springframework.cloud.client.discovery.DiscoveryClient";

	private final ZmqProperties properties;

	private final ZmqSecurityFactory security;

	/**
	 * Create a factory.
	 * @param properties the bound properties
	 */
	public ZmqEndpointDefinitionsFactory(ZmqProperties properties) {
		Assert.notNull(properties, "'properties' must not be null");
		this.properties = properties;
		this.security = new ZmqSecurityFactory(properties.getDefaults().getSecurity());
	}

	/**
	 * Create the definitions, validating every value.
	 * @return the named definitions and the defaults for inline endpoints
	 * @throws InvalidConfigurationPropertyValueException when a value is invalid
	 */
	public ZmqEndpointDefinitions create() {
		ZmqProperties.Options defaults = this.properties.getDefaults();
		Consumer<ZmqEndpointDefinition.Builder> applyDefaultOptions = (definition) -> {
			ZmqSocketOptions.Builder options = ZmqSocketOptions.builder();
			ZmqRetrySettings.Builder retry = ZmqRetrySettings.builder();
			applyOptions(defaults, DEFAULTS_PREFIX, options, definition);
			applyRetry(defaults.getRetry(), DEFAULTS_PREFIX, retry);
			definition.options(options.build());
			definition.retry(retrySettings(DEFAULTS_PREFIX, retry));
		};
		// fail at startup on an invalid default, even when no endpoint uses it yet;
		// default
		// security may be completed per endpoint, so it is checked where it is used
		applyDefaultOptions.accept(ZmqEndpointDefinition.builder("defaults"));
		Consumer<ZmqEndpointDefinition.Builder> applyDefaults = applyDefaultOptions
			.andThen((definition) -> definition.security(this.security.create(null, DEFAULTS_PREFIX)));
		List<ZmqEndpointDefinition> definitions = new ArrayList<>();
		for (Map.Entry<String, ZmqProperties.Endpoint> entry : this.properties.getEndpoints().entrySet()) {
			definitions.add(createDefinition(entry.getKey(), entry.getValue(), defaults));
		}
		return new ZmqEndpointDefinitions(definitions, applyDefaults);
	}

	/**
	 * Create the definition of one side of a proxy from
	 * {@code zmq.proxies.<name>.<side>}.
	 * @param proxy the proxy name
	 * @param side {@code frontend} or {@code backend}
	 * @param endpoint the side's properties
	 * @return the definition, named {@code <proxy>-<side>}
	 */
	public ZmqEndpointDefinition createProxySide(String proxy, String side, ZmqProperties.Endpoint endpoint) {
		String prefix = "zmq.proxies." + proxy + "." + side;
		if (isDiscovered(endpoint.getDiscovery())) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".discovery.service-id",
					endpoint.getDiscovery().getServiceId(),
					"a proxy's sockets have fixed addresses; discovery is for " + "endpoints under 'zmq.endpoints'");
		}
		return createDefinition(proxy + "-" + side, prefix, endpoint, this.properties.getDefaults());
	}

	/**
	 * Whether an endpoint finds its connect addresses at run time.
	 * @param discovery the endpoint's discovery properties
	 * @return whether a service id or a DNS name is set
	 */
	static boolean isDiscovered(ZmqProperties.Discovery discovery) {
		return discovery.getServiceId() != null || discovery.getDns() != null;
	}

	/**
	 * Create the definition of a broker's socket from {@code zmq.brokers.<name>}.
	 * @param broker the broker name, also the definition's
	 * @param endpoint the broker's properties
	 * @return the definition
	 */
	public ZmqEndpointDefinition createBrokerSocket(String broker, ZmqProperties.Endpoint endpoint) {
		return createDefinition(broker, "zmq.brokers." + broker, endpoint, this.properties.getDefaults());
	}

	private ZmqEndpointDefinition createDefinition(String name, ZmqProperties.Endpoint endpoint,
			ZmqProperties.Options defaults) {
		return createDefinition(name, ENDPOINTS_PREFIX + "." + name, endpoint, defaults);
	}

	private ZmqEndpointDefinition createDefinition(String name, String prefix, ZmqProperties.Endpoint endpoint,
			ZmqProperties.Options defaults) {
		ZmqEndpointDefinition.Builder definition = ZmqEndpointDefinition.builder(name);
		ZmqSocketOptions.Builder options = ZmqSocketOptions.builder();
		ZmqRetrySettings.Builder retry = ZmqRetrySettings.builder();
		applyOptions(defaults, DEFAULTS_PREFIX, options, definition);
		applyOptions(endpoint, prefix, options, definition);
		applyRetry(defaults.getRetry(), DEFAULTS_PREFIX, retry);
		applyRetry(endpoint.getRetry(), prefix, retry);
		PropertyMapper map = PropertyMapper.get();
		map.from(endpoint::getIdentity)
			.to(property(prefix + ".identity",
					(identity) -> options.identity(identity.getBytes(StandardCharsets.UTF_8))));
		map.from(endpoint::getDeadLetter).to(property(prefix + ".dead-letter", definition::deadLetter));
		map.from(endpoint::getService).to(property(prefix + ".service", definition::service));
		boolean discovered = isDiscovered(endpoint.getDiscovery());
		if (discovered) {
			validateDiscovery(prefix + ".discovery", endpoint.getDiscovery());
			definition.dynamicConnect(true);
			if (endpoint.getImmediate() == null && defaults.getImmediate() == null) {
				// send only on completed connections: an instance that died is skipped at
				// once
				options.immediate(true);
			}
		}
		definition.options(options.build());
		definition.retry(retrySettings(prefix, retry));
		definition.security(this.security.create(endpoint.getSecurity(), prefix));
		definition.type(endpoint.getType());
		definition.bind(addresses(prefix + ".bind", endpoint.getBind()));
		definition.connect(addresses(prefix + ".connect", endpoint.getConnect()));
		if (endpoint.getBind().isEmpty() && endpoint.getConnect().isEmpty() && !discovered) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".bind", endpoint.getBind(),
					"endpoint '" + name + "' needs at least one address: set '" + prefix + ".bind', '" + prefix
							+ ".connect' or '" + prefix + ".discovery.service-id'");
		}
		try {
			return definition.build();
		}
		catch (IllegalStateException ex) {
			// the addresses are checked above: what is left is legacy ZMTP with security
			throw new InvalidConfigurationPropertyValueException(prefix + ".accept-legacy-zmtp", true, ex.getMessage());
		}
	}

	private static void validateDiscovery(String prefix, ZmqProperties.Discovery discovery) {
		if (discovery.getServiceId() != null && discovery.getDns() != null) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".dns", discovery.getDns(),
					"set either '" + prefix + ".service-id' or '" + prefix + ".dns', not both");
		}
		if (discovery.getServiceId() != null && !ClassUtils.isPresent(DISCOVERY_CLIENT, null)) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".service-id", discovery.getServiceId(),
					"looking up a service needs Spring Cloud's DiscoveryClient: add spring-cloud-commons and a "
							+ "discovery client (ZooKeeper, Consul, Kubernetes, Eureka) to the class path");
		}
		Integer port = discovery.getPort();
		if (port != null && (port < 1 || port > 65535)) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".port", port, "must be from 1 to 65535");
		}
		if (discovery.getDns() != null && port == null) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".port", null,
					"a DNS name gives no port: set '" + prefix + ".port'");
		}
		if (discovery.getRefreshInterval().isNegative() || discovery.getRefreshInterval().isZero()) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".refresh-interval",
					discovery.getRefreshInterval(), "must be positive");
		}
	}

	private static void applyOptions(ZmqProperties.Options source, String prefix, ZmqSocketOptions.Builder options,
			ZmqEndpointDefinition.Builder definition) {
		PropertyMapper map = PropertyMapper.get();
		map.from(source::getSendHwm).to(property(prefix + ".send-hwm", options::sendHwm));
		map.from(source::getReceiveHwm).to(property(prefix + ".receive-hwm", options::receiveHwm));
		map.from(source::getLinger).to(property(prefix + ".linger", options::linger));
		map.from(source::getHandshakeTimeout).to(property(prefix + ".handshake-timeout", options::handshakeTimeout));
		map.from(source::getMaxMessageSize)
			.to(property(prefix + ".max-message-size", (size) -> options.maxMessageSize(size.toBytes())));
		map.from(source::getAcceptLegacyZmtp).to(property(prefix + ".accept-legacy-zmtp", options::acceptLegacyZmtp));
		map.from(source::getRouterMandatory).to(property(prefix + ".router-mandatory", options::routerMandatory));
		map.from(source::getImmediate).to(property(prefix + ".immediate", options::immediate));
		map.from(source::getTcpKeepAlive).to(property(prefix + ".tcp-keep-alive", options::tcpKeepAlive));
		ZmqProperties.Heartbeat heartbeat = source.getHeartbeat();
		map.from(heartbeat::getInterval).to(property(prefix + ".heartbeat.interval", options::heartbeatInterval));
		map.from(heartbeat::getTimeout).to(property(prefix + ".heartbeat.timeout", options::heartbeatTimeout));
		map.from(heartbeat::getTtl).to(property(prefix + ".heartbeat.ttl", options::heartbeatTtl));
		ZmqProperties.Reconnect reconnect = source.getReconnect();
		map.from(reconnect::getInterval).to(property(prefix + ".reconnect.interval", options::reconnectInterval));
		map.from(reconnect::getMaxInterval)
			.to(property(prefix + ".reconnect.max-interval", options::reconnectMaxInterval));
		map.from(source::getSendQueueCapacity)
			.to(property(prefix + ".send-queue-capacity", definition::sendQueueCapacity));
		map.from(source::getSendTimeout).to(property(prefix + ".send-timeout", definition::sendTimeout));
		map.from(source::getRequestTimeout).to(property(prefix + ".request-timeout", definition::requestTimeout));
		map.from(source::getMaxInFlight).to(property(prefix + ".max-in-flight", definition::maxInFlight));
		map.from(source::getContentType).to(property(prefix + ".content-type", definition::contentType));
		map.from(source::getDispatch).to(property(prefix + ".dispatch", definition::dispatch));
		map.from(source::getDirectWarnThreshold)
			.to(property(prefix + ".direct-warn-threshold", definition::directWarnThreshold));
	}

	private static void applyRetry(ZmqProperties.Retry source, String prefix, ZmqRetrySettings.Builder retry) {
		PropertyMapper map = PropertyMapper.get();
		map.from(source::getMaxRetries).to(property(prefix + ".retry.max-retries", retry::maxRetries));
		map.from(source::getDelay).to(property(prefix + ".retry.delay", retry::delay));
		map.from(source::getJitter).to(property(prefix + ".retry.jitter", retry::jitter));
		map.from(source::getMultiplier).to(property(prefix + ".retry.multiplier", retry::multiplier));
		map.from(source::getMaxDelay).to(property(prefix + ".retry.max-delay", retry::maxDelay));
	}

	private static ZmqRetrySettings retrySettings(String prefix, ZmqRetrySettings.Builder retry) {
		try {
			return retry.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(prefix + ".retry.max-delay", null,
					Objects.requireNonNullElse(ex.getMessage(), ex.toString()));
		}
	}

	private static List<String> addresses(String property, List<String> addresses) {
		for (int i = 0; i < addresses.size(); i++) {
			property(property + "[" + i + "]", ZmqAddresses::validate).accept(addresses.get(i));
		}
		return addresses;
	}

	/**
	 * Wrap a builder setter so that the value it rejects is reported against the
	 * property.
	 */
	private static <T> Consumer<T> property(String name, Consumer<T> setter) {
		return (value) -> {
			try {
				setter.accept(value);
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				// the reason carries the builder's message; no cause, so that this is the
				// root cause
				throw new InvalidConfigurationPropertyValueException(name, value,
						Objects.requireNonNullElse(ex.getMessage(), ex.toString()));
			}
		};
	}

}
