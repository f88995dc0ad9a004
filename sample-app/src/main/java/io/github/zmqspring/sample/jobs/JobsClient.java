package io.github.zmqspring.sample.jobs;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;

/**
 * Submits jobs to the {@code jobs} queue proxy's frontend.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "jobs-client")
public interface JobsClient {

	CompletableFuture<String> submit(String job);

}
