package io.github.zmqspring.boot.autoconfigure.reliability;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The client application of the load tests: only the auto-configured {@code ZmqTemplate},
 * over the client endpoints {@code c0..cN} given as properties.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class LoadClientApp {

}
