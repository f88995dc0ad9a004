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

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMQ;

/**
 * The run-time connect addresses of a {@link ZmqSocketLoop}: the set wanted now (written
 * by any thread, the latest wins) and the set the socket is connected to (socket thread
 * only), which {@link #apply(ZMQ.Socket)} brings in line with the wanted one.
 */
final class ConnectTargets {

	private static final Log logger = LogFactory.getLog(ConnectTargets.class);

	private final String endpoint;

	private volatile @Nullable List<String> wanted;

	private final Set<String> connected = new LinkedHashSet<>();

	private final AtomicLong connects = new AtomicLong();

	private final AtomicLong disconnects = new AtomicLong();

	ConnectTargets(String endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * Set the addresses wanted now.
	 * @param addresses the addresses
	 * @throws IllegalArgumentException when an address is not a valid ZeroMQ address
	 */
	void set(Collection<String> addresses) {
		List<String> unique = List.copyOf(new LinkedHashSet<>(addresses));
		unique.forEach(ZmqAddresses::validate);
		this.wanted = unique;
	}

	/**
	 * @return whether no address is wanted now (or none was ever set)
	 */
	boolean isEmpty() {
		List<String> current = this.wanted;
		return current == null || current.isEmpty();
	}

	/**
	 * Forget the connections of a closed socket; on the socket thread, before it opens
	 * anew.
	 */
	void reset() {
		this.connected.clear();
	}

	/**
	 * Disconnect the socket from the addresses no longer wanted and connect it to the new
	 * ones; on the socket thread. An address that cannot be connected is logged and tried
	 * again on the next call.
	 * @param socket the socket
	 * @return whether a set was ever given, so that the connected addresses are known
	 */
	boolean apply(ZMQ.Socket socket) {
		List<String> current = this.wanted;
		if (current == null) {
			return false;
		}
		for (Iterator<String> addresses = this.connected.iterator(); addresses.hasNext();) {
			String address = addresses.next();
			if (!current.contains(address)) {
				addresses.remove();
				disconnect(socket, address);
			}
		}
		for (String address : current) {
			if (!this.connected.contains(address) && connect(socket, address)) {
				this.connected.add(address);
			}
		}
		return true;
	}

	/**
	 * @return the addresses the socket is connected to; on the socket thread
	 */
	List<String> connected() {
		return List.copyOf(this.connected);
	}

	long connects() {
		return this.connects.get();
	}

	long disconnects() {
		return this.disconnects.get();
	}

	private boolean connect(ZMQ.Socket socket, String address) {
		try {
			socket.connect(address);
		}
		catch (RuntimeException ex) {
			logger.warn("ZeroMQ endpoint '" + this.endpoint + "' could not connect to " + address + ": " + ex);
			return false;
		}
		this.connects.incrementAndGet();
		logger.info("ZeroMQ endpoint '" + this.endpoint + "' connects to " + address);
		return true;
	}

	private void disconnect(ZMQ.Socket socket, String address) {
		try {
			socket.disconnect(address);
		}
		catch (RuntimeException ex) {
			// already gone with its connection: nothing left to undo
		}
		this.disconnects.incrementAndGet();
		logger.info("ZeroMQ endpoint '" + this.endpoint + "' disconnected from " + address);
	}

}
