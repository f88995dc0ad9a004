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

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Validation of ZeroMQ endpoint addresses ({@code tcp://host:port},
 * {@code inproc://name}, {@code ipc://name}) so that a typo fails at startup rather than
 * inside a socket loop.
 */
public final class ZmqAddresses {

	private static final Pattern TCP = Pattern
		.compile("tcp://(\\*|\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.\\-]+(;[A-Za-z0-9_.\\-]+)?):(\\*|\\d{1,5})");

	private static final Pattern NAMED = Pattern.compile("(inproc|ipc)://\\S+");

	private ZmqAddresses() {
	}

	/**
	 * Check that the given address is one JeroMQ can bind or connect to.
	 * @param address the address to check
	 * @return the address
	 * @throws IllegalArgumentException with a message that says what is wrong
	 */
	public static String validate(String address) {
		if (address.startsWith("tcp://")) {
			if (!TCP.matcher(address).matches()) {
				throw new IllegalArgumentException("'" + address
						+ "' is not a valid tcp address: expected tcp://host:port, with '*' for any interface or a random port");
			}
			String port = address.substring(address.lastIndexOf(':') + 1);
			if (!"*".equals(port) && Integer.parseInt(port) > 65535) {
				throw new IllegalArgumentException("'" + address + "' has a port above 65535");
			}
			return address;
		}
		if (NAMED.matcher(address).matches()) {
			return address;
		}
		throw new IllegalArgumentException("'" + address
				+ "' is not a valid ZeroMQ address: expected tcp://host:port, inproc://name or ipc://name");
	}

	/**
	 * Return the port of the first {@code tcp://} address that has a numeric one, such as
	 * the first bound address of an endpoint.
	 * @param addresses the addresses
	 * @return the port, or {@code null} when there is none
	 */
	public static @Nullable Integer firstTcpPort(List<String> addresses) {
		for (String address : addresses) {
			if (address.startsWith("tcp://")) {
				try {
					return Integer.valueOf(address.substring(address.lastIndexOf(':') + 1));
				}
				catch (NumberFormatException ex) {
					// not a resolved port: look at the next address
				}
			}
		}
		return null;
	}

}
