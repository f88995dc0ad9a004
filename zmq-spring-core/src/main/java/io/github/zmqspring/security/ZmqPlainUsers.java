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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * The user names and passwords a PLAIN server accepts. PLAIN sends them in clear text:
 * use it only on trusted networks, or for the identity of a peer rather than for secrecy.
 * {@link #toString()} shows how many users there are, nothing else.
 */
public final class ZmqPlainUsers {

	private final Map<String, byte[]> passwords;

	private ZmqPlainUsers(Map<String, byte[]> passwords) {
		this.passwords = passwords;
	}

	/**
	 * Create the users.
	 * @param passwords the password of each user name
	 * @return the users
	 * @throws IllegalArgumentException when there are none, or a name is empty
	 */
	public static ZmqPlainUsers of(Map<String, String> passwords) {
		Assert.isTrue(!passwords.isEmpty(), "a PLAIN server needs at least one user");
		Map<String, byte[]> copy = new LinkedHashMap<>();
		passwords.forEach((user, password) -> {
			Assert.hasText(user, "a PLAIN user name must not be empty");
			copy.put(user, password.getBytes(StandardCharsets.UTF_8));
		});
		return new ZmqPlainUsers(Map.copyOf(copy));
	}

	/**
	 * Check a user's password, in time independent of where it differs.
	 * @param username the user name
	 * @param password the password
	 * @return whether they match
	 */
	boolean accepts(String username, byte[] password) {
		byte[] expected = this.passwords.get(username);
		return expected != null && MessageDigest.isEqual(expected, password);
	}

	@Override
	public String toString() {
		return "ZmqPlainUsers[" + this.passwords.size() + " user(s)]";
	}

}
