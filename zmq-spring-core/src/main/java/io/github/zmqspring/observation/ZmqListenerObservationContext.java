package io.github.zmqspring.observation;

import io.micrometer.observation.transport.ReceiverContext;
import org.zeromq.SocketType;

import org.springframework.messaging.Message;

/**
 * The context of a {@code zmq.listener} observation: the message a listener method
 * processes, whose headers carry the sender's trace context.
 *
 * @author zmq-spring-boot
 */
public class ZmqListenerObservationContext extends ReceiverContext<Message<?>> {

	private final String endpoint;

	private final SocketType socketType;

	private final String route;

	private int status;

	/**
	 * Create a context.
	 * @param message the message being processed
	 * @param endpoint the endpoint name
	 * @param socketType the endpoint's socket type
	 * @param route the route or topic of the listener method
	 */
	public ZmqListenerObservationContext(Message<?> message, String endpoint, SocketType socketType, String route) {
		super((carrier, key) -> carrier.getHeaders().get(key, String.class));
		setCarrier(message);
		setRemoteServiceName("zeromq");
		this.endpoint = endpoint;
		this.socketType = socketType;
		this.route = route;
	}

	/** @return the endpoint name */
	public String getEndpoint() {
		return this.endpoint;
	}

	/** @return the endpoint's socket type */
	public SocketType getSocketType() {
		return this.socketType;
	}

	/** @return the route or topic of the listener method */
	public String getRoute() {
		return this.route;
	}

	/** @return the error status of the reply ({@code 0} while none) */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Record the error status the message failed with.
	 * @param status the status, as in {@link io.github.zmqspring.protocol.ZmqStatus}
	 */
	public void setStatus(int status) {
		this.status = status;
	}

}
