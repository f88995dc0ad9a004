package io.github.zmqspring.benchmarks.apps.broker;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application that only runs the brokers configured under {@code zmq.brokers}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BrokerApp {

}
