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
import java.util.List;

import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.core.ZmqSocketSecurity;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.util.Assert;

/**
 * How an endpoint authenticates and encrypts: its mechanism, its side of it (a server
 * checks its peers, a client proves itself to its server) and the key material.
 * Immutable; applied to the socket on the socket's own thread, before bind and connect,
 * like the socket options.
 * <p>
 * A server (a CURVE or PLAIN server, or any endpoint with an address filter) registers
 * its checks with the {@link ZmqAuthenticator} of its context under a ZAP domain named
 * after the endpoint, so that endpoints of one application can have different policies.
 * ZeroMQ's "server" is the side that authenticates, whether it binds or connects.
 * <p>
 * {@link #toString()} never shows secret keys or passwords.
 */
public final class ZmqSecurity implements ZmqSocketSecurity {

	/** No security: ZeroMQ's NULL mechanism without checks. */
	public static final ZmqSecurity NONE = new ZmqSecurity(ZmqMechanism.NONE, true, null, null, null, null, null,
			ZmqAddressFilter.NONE);

	private final ZmqMechanism mechanism;

	private final boolean server;

	private final @Nullable ZmqKeyPair keys;

	private final byte @Nullable [] serverKey;

	private final @Nullable ZmqCurveClientKeys clientKeys;

	private final @Nullable ZmqPlainUsers users;

	private final @Nullable PlainCredentials credentials;

	private final ZmqAddressFilter addressFilter;

	private ZmqSecurity(ZmqMechanism mechanism, boolean server, @Nullable ZmqKeyPair keys, byte @Nullable [] serverKey,
			@Nullable ZmqCurveClientKeys clientKeys, @Nullable ZmqPlainUsers users,
			@Nullable PlainCredentials credentials, ZmqAddressFilter addressFilter) {
		this.mechanism = mechanism;
		this.server = server;
		this.keys = keys;
		this.serverKey = serverKey;
		this.clientKeys = clientKeys;
		this.users = users;
		this.credentials = credentials;
		this.addressFilter = addressFilter;
	}

	/**
	 * A CURVE server: encrypts with its key pair and accepts the given clients.
	 * @param keys the server's key pair; clients need its public key
	 * @param clientKeys the clients accepted
	 * @return the security
	 */
	public static ZmqSecurity curveServer(ZmqKeyPair keys, ZmqCurveClientKeys clientKeys) {
		Assert.notNull(keys, "'keys' must not be null");
		Assert.notNull(clientKeys, "'clientKeys' must not be null");
		return new ZmqSecurity(ZmqMechanism.CURVE, true, keys, null, clientKeys, null, null, ZmqAddressFilter.NONE);
	}

	/**
	 * A CURVE client: proves its key pair to a server it knows by public key.
	 * @param keys the client's key pair; the server must accept its public key
	 * @param serverKey the server's public key, in Z85
	 * @return the security
	 * @throws IllegalArgumentException when the server key is malformed
	 */
	public static ZmqSecurity curveClient(ZmqKeyPair keys, String serverKey) {
		Assert.notNull(keys, "'keys' must not be null");
		return new ZmqSecurity(ZmqMechanism.CURVE, false, keys, ZmqKeyPair.decodePublicKey(serverKey), null, null, null,
				ZmqAddressFilter.NONE);
	}

	/**
	 * A PLAIN server: accepts the given users.
	 * @param users the user names and passwords
	 * @return the security
	 */
	public static ZmqSecurity plainServer(ZmqPlainUsers users) {
		Assert.notNull(users, "'users' must not be null");
		return new ZmqSecurity(ZmqMechanism.PLAIN, true, null, null, null, users, null, ZmqAddressFilter.NONE);
	}

	/**
	 * A PLAIN client: logs in with a user name and password.
	 * @param username the user name
	 * @param password the password
	 * @return the security
	 */
	public static ZmqSecurity plainClient(String username, String password) {
		Assert.hasText(username, "a PLAIN user name must not be empty");
		Assert.notNull(password, "a PLAIN password must not be null");
		return new ZmqSecurity(ZmqMechanism.PLAIN, false, null, null, null, null,
				new PlainCredentials(username, password), ZmqAddressFilter.NONE);
	}

	/**
	 * Return this security with peers also checked by IP address. Only a server checks
	 * its peers (with {@link ZmqMechanism#NONE}, every endpoint can).
	 * @param addressFilter the addresses allowed and denied
	 * @return the security
	 * @throws IllegalStateException for a CURVE or PLAIN client
	 */
	public ZmqSecurity withAddressFilter(ZmqAddressFilter addressFilter) {
		Assert.state(this.server || addressFilter.isEmpty(),
				"allow and deny lists apply to the side that authenticates (a server), not to a client");
		return new ZmqSecurity(this.mechanism, this.server, this.keys, this.serverKey, this.clientKeys, this.users,
				this.credentials, addressFilter);
	}

	/**
	 * @return the mechanism
	 */
	public ZmqMechanism mechanism() {
		return this.mechanism;
	}

	/**
	 * @return whether this side checks its peers (ZeroMQ's server role)
	 */
	public boolean isServer() {
		return this.server;
	}

	@Override
	public boolean isNone() {
		return this.mechanism == ZmqMechanism.NONE && !authenticates();
	}

	@Override
	public String mechanismName() {
		return this.mechanism.zapName();
	}

	/**
	 * @return whether handshakes go to the ZAP handler
	 */
	public boolean authenticates() {
		return this.server && (this.mechanism != ZmqMechanism.NONE || !this.addressFilter.isEmpty());
	}

	/**
	 * @return the addresses allowed and denied
	 */
	public ZmqAddressFilter addressFilter() {
		return this.addressFilter;
	}

	/**
	 * Configure a socket; call on the socket's own thread before it binds or connects. A
	 * server first registers its checks with the context's {@link ZmqAuthenticator},
	 * starting it when needed, so that no handshake is ever let through unchecked.
	 * @param context the socket's context, a
	 * {@link io.github.zmqspring.core.ZmqManagedContext} when this security checks
	 * handshakes
	 * @param socket the socket
	 * @param domain the ZAP domain (the endpoint name)
	 * @param statistics where refused handshakes are counted
	 */
	@Override
	public void applyTo(ZContext context, ZMQ.Socket socket, String domain, ZmqEndpointStatistics statistics) {
		if (authenticates()) {
			ZmqAuthenticator.of(context).register(domain, this, statistics);
			socket.setZapDomain(domain);
		}
		if (this.mechanism == ZmqMechanism.CURVE) {
			ZmqKeyPair pair = this.keys;
			socket.setCurveServer(this.server);
			socket.setCurvePublicKey(pair.publicKey());
			socket.setCurveSecretKey(pair.secretKey());
			if (!this.server) {
				socket.setCurveServerKey(this.serverKey);
			}
		}
		else if (this.mechanism == ZmqMechanism.PLAIN) {
			if (this.server) {
				socket.setPlainServer(true);
			}
			else {
				PlainCredentials login = this.credentials;
				socket.setPlainUsername(login.username().getBytes(StandardCharsets.UTF_8));
				socket.setPlainPassword(login.password().getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	/**
	 * Check a handshake; runs on the ZAP handler's thread.
	 * @param address the peer's IP address
	 * @param mechanism the mechanism the peer used
	 * @param credentials the mechanism's credential frames
	 * @return why the peer is refused, or {@code null} to accept it
	 */
	@Nullable String refusal(String address, ZmqMechanism mechanism, List<byte[]> credentials) {
		if (mechanism != this.mechanism) {
			return "the peer used " + mechanism + ", the endpoint requires " + this.mechanism;
		}
		if (!this.addressFilter.permits(address)) {
			return "the address is not allowed";
		}
		if (mechanism == ZmqMechanism.CURVE) {
			boolean known = credentials.size() == 1 && credentials.get(0).length == 32
					&& this.clientKeys.accepts(credentials.get(0));
			return known ? null : "the client key is not authorized";
		}
		if (mechanism == ZmqMechanism.PLAIN) {
			boolean valid = credentials.size() == 2
					&& this.users.accepts(new String(credentials.get(0), StandardCharsets.UTF_8), credentials.get(1));
			return valid ? null : "unknown user name or wrong password";
		}
		return null;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("ZmqSecurity[").append(this.mechanism)
			.append(this.server ? " server" : " client");
		if (this.keys != null) {
			text.append(", publicKey=").append(this.keys.publicKeyZ85()).append(", secretKey=******");
		}
		if (this.clientKeys != null) {
			text.append(", clients=").append(this.clientKeys);
		}
		if (this.users != null) {
			text.append(", users=").append(this.users);
		}
		if (this.credentials != null) {
			text.append(", username=").append(this.credentials.username()).append(", password=******");
		}
		if (!this.addressFilter.isEmpty()) {
			text.append(", ").append(this.addressFilter);
		}
		return text.append(']').toString();
	}

	/**
	 * A PLAIN client's login.
	 */
	private record PlainCredentials(String username, String password) {

		@Override
		public String toString() {
			return "PlainCredentials[username=" + this.username + ", password=******]";
		}

	}

}
