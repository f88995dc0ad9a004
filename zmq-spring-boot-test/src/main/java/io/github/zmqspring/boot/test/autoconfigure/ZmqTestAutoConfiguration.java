package io.github.zmqspring.boot.test.autoconfigure;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.test.ZmqTestClient;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.zeromq.ZContext;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What {@link ZmqTest @ZmqTest} adds to the ZeroMQ auto-configuration: free ports for the
 * endpoints and a {@link ZmqTestClient}.
 *
 * @author zmq-spring-boot
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class)
public final class ZmqTestAutoConfiguration {

	@Bean
	static ZmqTestPorts zmqTestPorts() {
		return new ZmqTestPorts();
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqTestClient zmqTestClient(ZContext context, ZmqEndpointRegistry registry, ZmqClientSockets endpoints,
			ZmqOperations operations, ZmqPayloadConverter converter) {
		return new ZmqTestClient(context, registry, endpoints, operations, converter);
	}

}
