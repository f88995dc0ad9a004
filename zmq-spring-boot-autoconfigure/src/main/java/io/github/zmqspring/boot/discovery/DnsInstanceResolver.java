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

package io.github.zmqspring.boot.discovery;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.Assert;

/**
 * The addresses of a DNS name as instances: every A and AAAA record, on one port; for
 * example a Kubernetes headless service, whose name resolves to its ready pods. Looked up
 * through the JVM's resolver, so its cache applies ({@code networkaddress.cache.ttl}, 30
 * seconds by default). A name that does not resolve is a failed look-up, not an empty
 * list: the endpoint keeps the addresses it knew.
 */
public final class DnsInstanceResolver implements ZmqInstanceResolver {

	private final String host;

	private final int port;

	private final HostLookup lookup;

	/**
	 * Create a resolver that uses {@link InetAddress#getAllByName(String)}.
	 * @param host the DNS name
	 * @param port the port of every instance
	 */
	public DnsInstanceResolver(String host, int port) {
		this(host, port, InetAddress::getAllByName);
	}

	DnsInstanceResolver(String host, int port, HostLookup lookup) {
		Assert.hasText(host, "'host' must not be empty");
		this.host = host;
		this.port = port;
		this.lookup = lookup;
	}

	@Override
	public String description() {
		return "DNS name '" + this.host + "', port " + this.port;
	}

	@Override
	public Instances resolve() {
		InetAddress[] addresses;
		try {
			addresses = this.lookup.lookup(this.host);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("DNS name '" + this.host + "' did not resolve: " + ex.getMessage(), ex);
		}
		List<String> found = Arrays.stream(addresses).map(this::address).distinct().sorted().toList();
		return new Instances(found, List.of());
	}

	private String address(InetAddress address) {
		String host = address.getHostAddress();
		return "tcp://" + ((address instanceof Inet6Address) ? "[" + host + "]" : host) + ":" + this.port;
	}

	/**
	 * Resolves a host name to all its addresses.
	 */
	@FunctionalInterface
	interface HostLookup {

		InetAddress[] lookup(String host) throws UnknownHostException;

	}

}
