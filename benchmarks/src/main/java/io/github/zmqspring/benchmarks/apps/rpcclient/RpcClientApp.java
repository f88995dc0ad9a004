package io.github.zmqspring.benchmarks.apps.rpcclient;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The client of the request/reply benchmarks: {@link EchoClient} on the endpoint
 * {@code rpc-client}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class RpcClientApp {

}
