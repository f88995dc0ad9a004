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

package io.github.zmqspring.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * Which peer IP addresses may connect to an endpoint that authenticates: when the allow
 * list is not empty only its addresses may, and an address on the deny list never may.
 * Addresses are literal IPv4 or IPv6 addresses (no host names, no ranges), compared in
 * their canonical form.
 */
public final class ZmqAddressFilter {

	/** A filter that lets every address through. */
	public static final ZmqAddressFilter NONE = new ZmqAddressFilter(Set.of(), Set.of());

	private final Set<String> allow;

	private final Set<String> deny;

	private ZmqAddressFilter(Set<String> allow, Set<String> deny) {
		this.allow = allow;
		this.deny = deny;
	}

	/**
	 * Create a filter.
	 * @param allow the addresses allowed (empty allows all not denied)
	 * @param deny the addresses denied
	 * @return the filter
	 * @throws IllegalArgumentException when an entry is not a literal IP address
	 */
	public static ZmqAddressFilter of(Collection<String> allow, Collection<String> deny) {
		return new ZmqAddressFilter(canonical(allow), canonical(deny));
	}

	private static Set<String> canonical(Collection<String> addresses) {
		Set<String> result = new LinkedHashSet<>();
		for (String address : addresses) {
			Assert.isTrue(
					address.matches("[0-9A-Fa-f.:]+") && address.indexOf(':') != address.lastIndexOf(':')
							|| address.matches("\\d{1,3}(\\.\\d{1,3}){3}"),
					() -> "'" + address + "' is not a literal IPv4 or IPv6 address");
			result.add(canonicalOf(address));
		}
		return Set.copyOf(result);
	}

	private static String canonicalOf(String address) {
		try {
			// a literal is parsed, never looked up
			return InetAddress.getByName(address).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("'" + address + "' is not a valid IP address", ex);
		}
	}

	/**
	 * @return whether this filter lets every address through
	 */
	public boolean isEmpty() {
		return this.allow.isEmpty() && this.deny.isEmpty();
	}

	/**
	 * Check a peer address.
	 * @param address the peer's IP address as ZeroMQ reports it
	 * @return whether it may connect
	 */
	public boolean permits(String address) {
		if (isEmpty()) {
			return true;
		}
		String canonical;
		try {
			canonical = canonicalOf(address);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return (this.allow.isEmpty() || this.allow.contains(canonical)) && !this.deny.contains(canonical);
	}

	@Override
	public String toString() {
		return "ZmqAddressFilter[allow=" + this.allow + ", deny=" + this.deny + "]";
	}

}
