package io.github.zmqspring.benchmarks.apps.proxy;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application that only runs the proxies configured under {@code zmq.proxies}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ProxyApp {

}
