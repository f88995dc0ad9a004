package io.github.zmqspring.sample.render;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;

/**
 * A client of the {@code render} service: its endpoint {@code render-client} names the service
 * and connects to the broker.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "render-client")
public interface RenderClient {

	/**
	 * Render a job on whichever worker the broker picks.
	 * @param job the job
	 * @return the name of the worker that did it
	 */
	CompletableFuture<String> render(String job);

}
