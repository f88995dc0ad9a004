package io.github.zmqspring.benchmarks.apps.brokerclient;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The client of the broker benchmark: {@link BrokerEchoClient} on the endpoint
 * {@code broker-client}, which names the {@code echo} service.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BrokerClientApp {

}
