package io.github.zmqspring.benchmarks.apps.rpcserver;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.benchmarks.apps.Payloads;
import io.github.zmqspring.benchmarks.apps.Tick;
import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;
import io.github.zmqspring.benchmarks.proto.ProtoTick;
import reactor.core.publisher.Flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The server of the request/reply benchmarks: echoes on the ROUTER endpoint {@code rpc}.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class RpcServerApp {

	@Bean
	EchoListeners echoListeners() {
		return new EchoListeners();
	}

	/**
	 * One route per payload kind, and a stream.
	 */
	static class EchoListeners {

		@ZmqRouterListener(endpoint = "rpc", route = "bytes")
		byte[] bytes(byte[] body) {
			return body;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "json")
		Tick json(Tick tick) {
			return tick;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "protobuf")
		ProtoTick protobuf(ProtoTick tick) {
			return tick;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "stream")
		Flux<byte[]> stream(Integer count) {
			return Flux.range(0, count).map((i) -> Payloads.BYTES);
		}

	}

}
