package io.github.zmqspring.benchmarks.apps.brokerclient;

import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The client of the broker benchmark: {@link BrokerEchoClient} on the endpoint
 * {@code broker-client}, which names the {@code echo} service.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class BrokerClientApp {

}
