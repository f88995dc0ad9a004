package io.github.zmqspring.benchmarks.apps.rpcclient;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.benchmarks.apps.Tick;
import io.github.zmqspring.benchmarks.proto.ProtoTick;
import reactor.core.publisher.Flux;

/**
 * The DEALER client of the echo server.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "rpc-client")
public interface EchoClient {

	@ZmqRoute("bytes")
	CompletableFuture<byte[]> bytes(byte[] body);

	@ZmqRoute("bytes")
	byte[] bytesAndWait(byte[] body);

	@ZmqRoute("json")
	CompletableFuture<Tick> json(Tick tick);

	@ZmqRoute("protobuf")
	CompletableFuture<ProtoTick> protobuf(ProtoTick tick);

	@ZmqRoute("stream")
	Flux<byte[]> stream(Integer count);

}
