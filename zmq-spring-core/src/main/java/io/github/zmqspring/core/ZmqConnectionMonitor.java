/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.zeromq.ZEvent;
import org.zeromq.ZMonitor;

/**
 * Follows the connections of an endpoint's sockets from their socket events (JeroMQ's
 * event hook, called on ZeroMQ's I/O threads): which peers are connected now, and how
 * many events of each kind happened since the endpoint was created. A TCP connection
 * counts from the moment it is accepted or established until ZeroMQ reports it
 * disconnected (peer gone, heartbeat timeout, failed handshake) or closed.
 */
public final class ZmqConnectionMonitor implements ZEvent.ZEventConsummer {

	private static final Log logger = LogFactory.getLog(ZmqConnectionMonitor.class);

	private final String endpoint;

	private final Map<SelectableChannel, String> peers = new ConcurrentHashMap<>();

	private final Map<ZMonitor.Event, LongAdder> events = new EnumMap<>(ZMonitor.Event.class);

	private final List<ZEvent.ZEventConsummer> listeners = new CopyOnWriteArrayList<>();

	ZmqConnectionMonitor(String endpoint) {
		this.endpoint = endpoint;
		for (ZMonitor.Event event : ZMonitor.Event.values()) {
			this.events.put(event, new LongAdder());
		}
	}

	@Override
	public void consume(ZEvent event) {
		ZMonitor.Event type = event.getEvent();
		this.events.get(type).increment();
		switch (type) {
			case CONNECTED, ACCEPTED -> {
				SelectableChannel channel = event.getValue();
				this.peers.put(channel, peerAddress(channel, event.getAddress()));
			}
			case DISCONNECTED, CLOSED -> this.peers.remove(event.<SelectableChannel>getValue());
			default -> {
			}
		}
		for (ZEvent.ZEventConsummer listener : this.listeners) {
			listener.consume(event);
		}
		if ((event.isError() || event.isWarn()) && logger.isDebugEnabled()) {
			logger.debug("Endpoint '" + this.endpoint + "' on " + event.getAddress() + ": " + type + " ("
					+ event.getValue() + ")");
		}
	}

	/**
	 * Add a listener that sees every socket event after it was counted, on ZeroMQ's I/O
	 * thread: it must be quick and hand anything costly to another thread.
	 * @param listener the listener
	 */
	public void addListener(ZEvent.ZEventConsummer listener) {
		this.listeners.add(listener);
	}

	/**
	 * Forget the connections of sockets that were closed; called when the endpoint stops.
	 */
	void reset() {
		this.peers.clear();
	}

	/**
	 * @return how many TCP connections the endpoint's sockets have now
	 */
	public int getConnectionCount() {
		return this.peers.size();
	}

	/**
	 * @return the remote addresses of the connected peers, as {@code tcp://host:port}
	 */
	public List<String> getPeers() {
		return this.peers.values().stream().sorted().toList();
	}

	/**
	 * Return how many events of a kind the endpoint's sockets reported.
	 * @param event the kind of event
	 * @return the count since the endpoint was created
	 */
	public long getEventCount(ZMonitor.Event event) {
		return this.events.get(event).sum();
	}

	private static String peerAddress(SelectableChannel channel, String fallback) {
		if (channel instanceof SocketChannel socket) {
			try {
				SocketAddress remote = socket.getRemoteAddress();
				if (remote instanceof InetSocketAddress inet) {
					return "tcp://" + inet.getHostString() + ":" + inet.getPort();
				}
			}
			catch (IOException ex) {
				// already closed: fall back to the endpoint's own address
			}
		}
		return fallback;
	}

}
