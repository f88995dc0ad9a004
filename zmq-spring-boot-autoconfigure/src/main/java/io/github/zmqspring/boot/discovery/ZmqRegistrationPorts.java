package io.github.zmqspring.boot.discovery;

import java.util.Map;

import io.github.zmqspring.core.ZmqAddresses;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.cloud.client.discovery.event.InstancePreRegisteredEvent;
import org.springframework.cloud.client.serviceregistry.Registration;
import org.springframework.context.ApplicationListener;

/**
 * Publishes the bound ZeroMQ ports of the application into its service-instance metadata
 * before Spring Cloud registers it: {@code zmq.<endpoint>.port} for every running endpoint
 * with a bound {@code tcp://} port (the real one for a random port), so that a client needs
 * only the service id ({@link DiscoveryClientInstanceResolver}). Spring Cloud registers an
 * application when its web server has started, after the endpoint registry has opened the
 * endpoints; an endpoint that opens after registration is not published.
 *
 * @author zmq-spring-boot
 */
public class ZmqRegistrationPorts implements ApplicationListener<InstancePreRegisteredEvent> {

	private static final Log logger = LogFactory.getLog(ZmqRegistrationPorts.class);

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
	 * @return {@code zmq.<endpoint>.port}
	 */
	public static String metadataKey(String endpoint) {
		return "zmq." + endpoint + ".port";
	}

	@Override
	public void onApplicationEvent(InstancePreRegisteredEvent event) {
		Registration registration = event.getRegistration();
		Map<String, String> metadata = registration.getMetadata();
		if (metadata == null) {
			logger.warn("Cannot publish the ZeroMQ ports: " + registration.getClass().getName() + " has no metadata");
			return;
		}
		for (ZmqEndpoint endpoint : this.registry.getEndpoints()) {
			Integer port = ZmqAddresses.firstTcpPort(endpoint.getBoundAddresses());
			if (port == null) {
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
	}

}
