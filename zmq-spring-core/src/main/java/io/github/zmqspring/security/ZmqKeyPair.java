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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import com.neilalexander.jnacl.crypto.curve25519;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZConfig;
import org.zeromq.ZMQ;

import org.springframework.util.Assert;

/**
 * A CURVE key pair: a public key and its secret key, 32 bytes each, written as 40
 * characters of Z85 (ZeroMQ RFC 32) in configuration. {@link #toString()} never shows the
 * secret key, and no error message of this class contains key material.
 */
public final class ZmqKeyPair {

	private static final String Z85_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

	private static final int KEY_LENGTH_Z85 = 40;

	private final byte[] publicKey;

	private final byte[] secretKey;

	private ZmqKeyPair(byte[] publicKey, byte[] secretKey) {
		this.publicKey = publicKey;
		this.secretKey = secretKey;
	}

	/**
	 * Create a key pair from its Z85 text, checking that the keys belong together.
	 * @param publicKey the public key, or {@code null} to derive it from the secret key
	 * @param secretKey the secret key
	 * @return the key pair
	 * @throws IllegalArgumentException when a key is malformed or the keys do not match
	 */
	public static ZmqKeyPair of(@Nullable String publicKey, String secretKey) {
		byte[] secret = decode(secretKey, "secret key");
		byte[] derived = derivePublicKey(secret);
		if (publicKey != null && !Arrays.equals(decode(publicKey, "public key"), derived)) {
			throw new IllegalArgumentException("the public key does not belong to the secret key");
		}
		return new ZmqKeyPair(derived, secret);
	}

	/**
	 * Load a key pair from a ZeroMQ certificate file with a secret key, as written by
	 * {@code ZCert.saveSecret} or czmq's {@code zcert_save} (the {@code _secret} file).
	 * @param certificate the certificate file
	 * @return the key pair
	 * @throws IllegalArgumentException when the file has no valid key pair
	 * @throws UncheckedIOException when the file cannot be read
	 */
	public static ZmqKeyPair load(File certificate) {
		ZConfig config;
		try {
			config = ZConfig.load(certificate.getPath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read certificate " + certificate, ex);
		}
		String secretKey = config.getValue("curve/secret-key");
		Assert.isTrue(secretKey != null, () -> "certificate " + certificate + " has no curve/secret-key");
		return of(config.getValue("curve/public-key"), secretKey);
	}

	/**
	 * Generate a new random key pair.
	 * @return the key pair
	 */
	public static ZmqKeyPair generate() {
		ZMQ.Curve.KeyPair keys = ZMQ.Curve.generateKeyPair();
		return of(keys.publicKey, keys.secretKey);
	}

	/**
	 * Decode a public key written in Z85, such as the server key of a client or the key
	 * of an authorized client.
	 * @param publicKey the 40 Z85 characters
	 * @return the 32 bytes
	 * @throws IllegalArgumentException when the text is not a Z85 key
	 */
	public static byte[] decodePublicKey(String publicKey) {
		return decode(publicKey, "public key");
	}

	private static byte[] decode(String key, String what) {
		Assert.isTrue(key.length() == KEY_LENGTH_Z85,
				() -> "a CURVE " + what + " must be " + KEY_LENGTH_Z85 + " Z85 characters, not " + key.length());
		for (int i = 0; i < key.length(); i++) {
			if (Z85_ALPHABET.indexOf(key.charAt(i)) < 0) {
				int position = i + 1;
				throw new IllegalArgumentException(
						"a CURVE " + what + " must be Z85 text: character " + position + " is not a Z85 character");
			}
		}
		return ZMQ.Curve.z85Decode(key);
	}

	private static byte[] derivePublicKey(byte[] secretKey) {
		byte[] publicKey = new byte[32];
		curve25519.crypto_scalarmult_base(publicKey, secretKey);
		return publicKey;
	}

	/**
	 * @return the public key, 32 bytes
	 */
	public byte[] publicKey() {
		return this.publicKey.clone();
	}

	/**
	 * @return the secret key, 32 bytes; keep it out of logs
	 */
	public byte[] secretKey() {
		return this.secretKey.clone();
	}

	/**
	 * @return the public key in Z85
	 */
	public String publicKeyZ85() {
		return ZMQ.Curve.z85Encode(this.publicKey);
	}

	/**
	 * @return the secret key in Z85; keep it out of logs
	 */
	public String secretKeyZ85() {
		return ZMQ.Curve.z85Encode(this.secretKey);
	}

	@Override
	public String toString() {
		return "ZmqKeyPair[publicKey=" + publicKeyZ85() + ", secretKey=******]";
	}

}
