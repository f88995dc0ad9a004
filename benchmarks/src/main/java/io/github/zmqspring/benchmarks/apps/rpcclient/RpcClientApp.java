package io.github.zmqspring.benchmarks.apps.rpcclient;

import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The client of the request/reply benchmarks: {@link EchoClient} on the endpoint
 * {@code rpc-client}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class RpcClientApp {

}
