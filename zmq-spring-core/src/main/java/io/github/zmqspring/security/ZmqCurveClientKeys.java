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

import java.io.File;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.zeromq.ZCertStore;
import org.zeromq.ZMQ;

import org.springframework.util.Assert;

/**
 * The client public keys a CURVE server accepts: listed keys, the certificates of a
 * directory, or any key at all. The directory is JeroMQ's {@link ZCertStore}, which looks
 * for added, changed and removed certificate files on every check, so keys can be granted
 * and revoked without a restart. Checks run on the ZAP handler's one thread only.
 */
public final class ZmqCurveClientKeys {

	private final Set<String> keys;

	private final @Nullable File directory;

	private final boolean any;

	private @Nullable ZCertStore store;

	private ZmqCurveClientKeys(Set<String> keys, @Nullable File directory, boolean any) {
		this.keys = keys;
		this.directory = directory;
		this.any = any;
	}

	/**
	 * Accept every client that completes the CURVE handshake: traffic is encrypted, but
	 * anyone who knows the server's public key may connect.
	 * @return the keys
	 */
	public static ZmqCurveClientKeys any() {
		return new ZmqCurveClientKeys(Set.of(), null, true);
	}

	/**
	 * Accept the given client keys and, when a directory is given, the public keys of the
	 * certificates in it.
	 * @param keys the client public keys, in Z85
	 * @param directory a directory of ZeroMQ certificates, or {@code null}
	 * @return the keys
	 * @throws IllegalArgumentException when a key is malformed, nothing is accepted, or
	 * the directory does not exist
	 */
	public static ZmqCurveClientKeys of(Collection<String> keys, @Nullable File directory) {
		Set<String> accepted = new LinkedHashSet<>();
		for (String key : keys) {
			accepted.add(ZMQ.Curve.z85Encode(ZmqKeyPair.decodePublicKey(key)));
		}
		Assert.isTrue(!accepted.isEmpty() || directory != null,
				"a CURVE server needs authorized client keys, a directory of client certificates, or 'allow any'");
		Assert.isTrue(directory == null || directory.isDirectory(),
				() -> "the client certificate directory " + directory + " does not exist");
		return new ZmqCurveClientKeys(Set.copyOf(accepted), directory, false);
	}

	/**
	 * Check a client's public key; runs on the ZAP handler's thread.
	 * @param publicKey the key the client proved it holds, 32 bytes
	 * @return whether the client may connect
	 */
	boolean accepts(byte[] publicKey) {
		if (this.any) {
			return true;
		}
		String key = ZMQ.Curve.z85Encode(publicKey);
		if (this.keys.contains(key)) {
			return true;
		}
		return this.directory != null && store(this.directory).containsPublicKey(key);
	}

	private ZCertStore store(File directory) {
		ZCertStore current = this.store;
		if (current == null) {
			current = new ZCertStore(directory.getPath());
			this.store = current;
		}
		return current;
	}

	@Override
	public String toString() {
		return this.any ? "ZmqCurveClientKeys[any]"
				: "ZmqCurveClientKeys[" + this.keys.size() + " key(s), directory=" + this.directory + "]";
	}

}
