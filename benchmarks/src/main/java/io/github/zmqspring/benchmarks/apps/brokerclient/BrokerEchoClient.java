package io.github.zmqspring.benchmarks.apps.brokerclient;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;

/**
 * The client of the {@code echo} service, through the broker.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "broker-client")
public interface BrokerEchoClient {

	CompletableFuture<byte[]> bytes(byte[] body);

	byte[] bytesAndWait(byte[] body);

}
