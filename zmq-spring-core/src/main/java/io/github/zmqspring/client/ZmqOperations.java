package io.github.zmqspring.client;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * The imperative way to talk to ZeroMQ endpoints, twin of the annotated client interfaces.
 *
 * @author zmq-spring-boot
 */
public interface ZmqOperations {

	/**
	 * Send a request and wait for the reply.
	 * @param <T> the reply type
	 * @param endpoint the client endpoint name (under {@code zmq.endpoints})
	 * @param route the route on the server, empty for the default route
	 * @param payload the request payload
	 * @param replyType the reply type
	 * @return the reply
	 * @throws ZmqTimeoutException when no reply came within the endpoint's request timeout
	 * @throws ZmqRemoteException when the server answered with an error
	 */
	<T> @Nullable T request(String endpoint, String route, Object payload, Class<T> replyType);

	/**
	 * Send a request and return the future reply; cancelling it cancels the request.
	 * @param <T> the reply type
	 * @param endpoint the client endpoint name
	 * @param route the route on the server
	 * @param payload the request payload
	 * @param replyType the reply type
	 * @return the future reply
	 */
	<T> CompletableFuture<T> requestAsync(String endpoint, String route, Object payload, Class<T> replyType);

	/**
	 * Publish a message on a topic over a PUB endpoint.
	 * @param endpoint the PUB endpoint name
	 * @param topic the topic (subscribers match its prefix)
	 * @param payload the payload
	 */
	void publish(String endpoint, String topic, Object payload);

	/**
	 * Push a message to one of the PULL workers connected to a PUSH endpoint.
	 * @param endpoint the PUSH endpoint name
	 * @param payload the payload
	 */
	void push(String endpoint, Object payload);

	/**
	 * Send a message to the peer of a PAIR endpoint.
	 * @param endpoint the PAIR endpoint name
	 * @param payload the payload
	 */
	void send(String endpoint, Object payload);

}
