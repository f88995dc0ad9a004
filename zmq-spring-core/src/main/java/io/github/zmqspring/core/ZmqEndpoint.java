package io.github.zmqspring.core;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

/**
 * What the {@link ZmqEndpointRegistry} manages: a socket loop or a proxy, with an id, a
 * state, its bound addresses and counters, and its life cycle.
 *
 * @author zmq-spring-boot
 */
public interface ZmqEndpoint {

	/** @return the endpoint id, unique in the registry */
	String getId();

	/** @return the socket type (for a proxy: of its frontend) */
	SocketType getSocketType();

	/** @return what the endpoint is for */
	ZmqEndpointRole getRole();

	/** @return the current state */
	ZmqEndpointState getState();

	/** @return the addresses actually bound, with real ports */
	List<String> getBoundAddresses();

	/** @return the addresses the endpoint connects to */
	List<String> getConnectAddresses();

	/** @return the endpoint's connections and socket events */
	ZmqConnectionMonitor getConnectionMonitor();

	/** @return why the endpoint failed, or {@code null} */
	@Nullable Throwable getFailure();

	/** @return the counters */
	ZmqEndpointStatistics getStatistics();

	/** @return how many received messages are in process */
	int getInFlight();

	/** @return whether the registry starts this endpoint with the application context */
	boolean isAutoStartup();

	/**
	 * Open the socket(s) and wait until bound and connected.
	 * @throws ZmqException when that fails
	 */
	void start();

	/**
	 * Stop gracefully, bounded by the shutdown timeout.
	 */
	void stop();

	/**
	 * Stop reading; ZeroMQ's high-water marks push back on senders.
	 */
	void pause();

	/**
	 * Resume reading after {@link #pause()}.
	 */
	void resume();

}
