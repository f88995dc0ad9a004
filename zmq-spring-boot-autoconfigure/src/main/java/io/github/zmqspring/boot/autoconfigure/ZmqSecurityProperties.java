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

package io.github.zmqspring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.security.ZmqMechanism;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * Security of an endpoint ({@code zmq.endpoints.<name>.security.*}, inherited from
 * {@code zmq.defaults.security.*}): every value unset here is taken from the defaults.
 * Which side of a mechanism the endpoint plays follows from what is set: a CURVE endpoint
 * with a {@code server-key} is a client, else a server; a PLAIN endpoint with a
 * {@code username} is a client, with {@code users} a server. {@link #toString()} masks
 * secrets.
 */
public class ZmqSecurityProperties {

	/**
	 * Security mechanism: 'none', 'plain' (user name and password in clear text) or
	 * 'curve' (encryption and public-key authentication). Defaults to 'none'.
	 */
	private @Nullable ZmqMechanism mechanism;

	/**
	 * Peer IP addresses that may connect to this endpoint when it authenticates (a CURVE
	 * or PLAIN server, or any endpoint with mechanism 'none'); when set, all others are
	 * refused. Literal IPv4 or IPv6 addresses.
	 */
	private List<String> allow = new ArrayList<>();

	/**
	 * Peer IP addresses refused by this endpoint when it authenticates, even when
	 * allowed.
	 */
	private List<String> deny = new ArrayList<>();

	private final Curve curve = new Curve();

	private final Plain plain = new Plain();

	public @Nullable ZmqMechanism getMechanism() {
		return this.mechanism;
	}

	public void setMechanism(@Nullable ZmqMechanism mechanism) {
		this.mechanism = mechanism;
	}

	public List<String> getAllow() {
		return this.allow;
	}

	public void setAllow(List<String> allow) {
		this.allow = allow;
	}

	public List<String> getDeny() {
		return this.deny;
	}

	public void setDeny(List<String> deny) {
		this.deny = deny;
	}

	public Curve getCurve() {
		return this.curve;
	}

	public Plain getPlain() {
		return this.plain;
	}

	@Override
	public String toString() {
		return "ZmqSecurityProperties[mechanism=" + this.mechanism + ", allow=" + this.allow + ", deny=" + this.deny
				+ ", curve=" + this.curve + ", plain=" + this.plain + "]";
	}

	private static String mask(@Nullable Object secret) {
		return (secret != null) ? "******" : "null";
	}

	/**
	 * CURVE keys. Keys are 40 characters of Z85 (generate a pair with
	 * {@code io.github.zmqspring.security.ZmqKeyGenerator}).
	 */
	public static class Curve {

		/**
		 * This endpoint's public key, in Z85. Optional: derived from the secret key, and
		 * checked against it when set.
		 */
		private @Nullable String publicKey;

		/**
		 * This endpoint's secret key, in Z85. Never logged nor shown by Actuator.
		 * Required unless 'certificate' is set.
		 */
		private @Nullable String secretKey;

		/**
		 * ZeroMQ certificate file holding this endpoint's key pair (the '_secret' file
		 * written by ZmqKeyGenerator, ZCert or czmq), for example
		 * 'file:/etc/zmq/server.key_secret'. Instead of 'public-key' and 'secret-key'.
		 */
		private @Nullable Resource certificate;

		/**
		 * Client side: the server's public key, in Z85. Setting it makes the endpoint a
		 * CURVE client.
		 */
		private @Nullable String serverKey;

		/**
		 * Server side: public keys (Z85) of the clients allowed to connect.
		 */
		private List<String> authorizedKeys = new ArrayList<>();

		/**
		 * Server side: directory of client certificates (public certificate files)
		 * allowed to connect. It is re-read when files are added, changed or removed, so
		 * keys can be granted and revoked without a restart.
		 */
		private @Nullable Resource authorizedKeysDirectory;

		/**
		 * Server side: accept any client that completes the CURVE handshake (encryption
		 * without client authentication). A CURVE server needs this, 'authorized-keys' or
		 * 'authorized-keys-directory'.
		 */
		private @Nullable Boolean allowAny;

		public @Nullable String getPublicKey() {
			return this.publicKey;
		}

		public void setPublicKey(@Nullable String publicKey) {
			this.publicKey = publicKey;
		}

		public @Nullable String getSecretKey() {
			return this.secretKey;
		}

		public void setSecretKey(@Nullable String secretKey) {
			this.secretKey = secretKey;
		}

		public @Nullable Resource getCertificate() {
			return this.certificate;
		}

		public void setCertificate(@Nullable Resource certificate) {
			this.certificate = certificate;
		}

		public @Nullable String getServerKey() {
			return this.serverKey;
		}

		public void setServerKey(@Nullable String serverKey) {
			this.serverKey = serverKey;
		}

		public List<String> getAuthorizedKeys() {
			return this.authorizedKeys;
		}

		public void setAuthorizedKeys(List<String> authorizedKeys) {
			this.authorizedKeys = authorizedKeys;
		}

		public @Nullable Resource getAuthorizedKeysDirectory() {
			return this.authorizedKeysDirectory;
		}

		public void setAuthorizedKeysDirectory(@Nullable Resource authorizedKeysDirectory) {
			this.authorizedKeysDirectory = authorizedKeysDirectory;
		}

		public @Nullable Boolean getAllowAny() {
			return this.allowAny;
		}

		public void setAllowAny(@Nullable Boolean allowAny) {
			this.allowAny = allowAny;
		}

		@Override
		public String toString() {
			return "Curve[publicKey=" + this.publicKey + ", secretKey=" + mask(this.secretKey) + ", certificate="
					+ this.certificate + ", serverKey=" + this.serverKey + ", authorizedKeys=" + this.authorizedKeys
					+ ", authorizedKeysDirectory=" + this.authorizedKeysDirectory + ", allowAny=" + this.allowAny + "]";
		}

	}

	/**
	 * PLAIN user names and passwords.
	 */
	public static class Plain {

		/**
		 * Client side: the user name to log in with. Setting it makes the endpoint a
		 * PLAIN client.
		 */
		private @Nullable String username;

		/**
		 * Client side: the password to log in with. Never logged nor shown by Actuator.
		 */
		private @Nullable String password;

		/**
		 * Server side: the password of each user allowed to connect. Never logged nor
		 * shown by Actuator.
		 */
		private Map<String, String> users = new LinkedHashMap<>();

		/**
		 * Server side: a properties file of 'user=password' lines, read at startup,
		 * adding to 'users'.
		 */
		private @Nullable Resource usersFile;

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public Map<String, String> getUsers() {
			return this.users;
		}

		public void setUsers(Map<String, String> users) {
			this.users = users;
		}

		public @Nullable Resource getUsersFile() {
			return this.usersFile;
		}

		public void setUsersFile(@Nullable Resource usersFile) {
			this.usersFile = usersFile;
		}

		@Override
		public String toString() {
			return "Plain[username=" + this.username + ", password=" + mask(this.password) + ", users="
					+ this.users.keySet() + ", usersFile=" + this.usersFile + "]";
		}

	}

}
