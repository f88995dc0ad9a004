package io.github.zmqspring.boot.autoconfigure.discovery;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The client of the discovery tests: only auto-configuration; requests go through
 * {@code ZmqOperations} to the {@code orders-client} endpoint.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DiscoveryClientApp {

}
