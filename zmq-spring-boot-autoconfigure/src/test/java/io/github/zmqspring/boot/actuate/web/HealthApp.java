package io.github.zmqspring.boot.actuate.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A web application with Actuator and no beans of its own: its endpoints come from
 * properties, its clients are opened through {@code ZmqClientSockets}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class HealthApp {

}
