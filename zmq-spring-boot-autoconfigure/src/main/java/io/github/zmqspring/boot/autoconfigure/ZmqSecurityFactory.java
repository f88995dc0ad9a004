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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.zmqspring.security.ZmqAddressFilter;
import io.github.zmqspring.security.ZmqCurveClientKeys;
import io.github.zmqspring.security.ZmqKeyPair;
import io.github.zmqspring.security.ZmqMechanism;
import io.github.zmqspring.security.ZmqPlainUsers;
import io.github.zmqspring.security.ZmqSecurity;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Turns {@code security} properties into a {@link ZmqSecurity}, each value taken from the
 * endpoint when set there, else from {@code zmq.defaults.security}. Every inconsistency
 * fails with an {@link InvalidConfigurationPropertyValueException} naming the property
 * that holds the value; secret keys and passwords are shown as {@code ******}.
 */
final class ZmqSecurityFactory {

	private static final String MASK = "******";

	private static final String DEFAULTS_PREFIX = "zmq.defaults.security";

	/**
	 * Why a Z85 key may have changed: its alphabet holds '$', '{' and '}', and Spring
	 * resolves placeholders (also in the value a placeholder stands for) before binding.
	 */
	private static final String PLACEHOLDER_HINT = " (if the key contains '${', Spring read it as a placeholder:"
			+ " write '${' as '\\${' in the key, also in an environment variable a placeholder refers to)";

	/** Settings that mean nothing without a mechanism, so that forgetting it fails. */
	private static final Map<String, Function<ZmqSecurityProperties, @Nullable Object>> MECHANISM_SETTINGS = Map.of(
			"curve.secret-key", (s) -> s.getCurve().getSecretKey(), "curve.certificate",
			(s) -> s.getCurve().getCertificate(), "curve.server-key", (s) -> s.getCurve().getServerKey(),
			"curve.authorized-keys", (s) -> s.getCurve().getAuthorizedKeys(), "plain.username",
			(s) -> s.getPlain().getUsername(), "plain.users", (s) -> s.getPlain().getUsers(), "plain.users-file",
			(s) -> s.getPlain().getUsersFile());

	private final ZmqSecurityProperties defaults;

	ZmqSecurityFactory(ZmqSecurityProperties defaults) {
		this.defaults = defaults;
	}

	/**
	 * Create the security of an endpoint.
	 * @param endpoint the endpoint's properties, or {@code null} for an inline endpoint
	 * (defaults only)
	 * @param prefix the endpoint's property prefix, such as {@code zmq.endpoints.orders}
	 * @return the security
	 */
	ZmqSecurity create(@Nullable ZmqSecurityProperties endpoint, String prefix) {
		return new Resolver(endpoint, (endpoint != null) ? prefix + ".security" : DEFAULTS_PREFIX).create();
	}

	/** A value and the property it came from. */
	private record Setting<T>(T value, String property) {
	}

	private final class Resolver {

		private final @Nullable ZmqSecurityProperties endpoint;

		private final String prefix;

		Resolver(@Nullable ZmqSecurityProperties endpoint, String prefix) {
			this.endpoint = endpoint;
			this.prefix = prefix;
		}

		ZmqSecurity create() {
			Setting<ZmqMechanism> mechanism = pick(ZmqSecurityProperties::getMechanism, "mechanism");
			ZmqSecurity security = (mechanism == null) ? unsecured() : switch (mechanism.value()) {
				case NONE -> ZmqSecurity.NONE;
				case CURVE -> curve();
				case PLAIN -> plain();
			};
			return withAddressFilter(security);
		}

		private ZmqSecurity unsecured() {
			for (Map.Entry<String, Function<ZmqSecurityProperties, @Nullable Object>> entry : MECHANISM_SETTINGS
				.entrySet()) {
				Setting<Object> setting = pick(entry.getValue(), entry.getKey());
				if (setting != null) {
					throw invalid(setting.property(), MASK,
							"it is ignored while no security mechanism is set: set 'security.mechanism' to 'curve' or 'plain' (or 'none' to opt out)");
				}
			}
			return ZmqSecurity.NONE;
		}

		private ZmqSecurity curve() {
			ZmqKeyPair keys = keyPair();
			Setting<String> serverKey = pick((s) -> s.getCurve().getServerKey(), "curve.server-key");
			Setting<Boolean> allowAny = pick((s) -> s.getCurve().getAllowAny(), "curve.allow-any");
			Setting<List<String>> authorized = pick((s) -> s.getCurve().getAuthorizedKeys(), "curve.authorized-keys");
			Setting<Resource> directory = pick((s) -> s.getCurve().getAuthorizedKeysDirectory(),
					"curve.authorized-keys-directory");
			if (serverKey != null) {
				for (Setting<?> serverSide : new Setting<?>[] { allowAny, authorized, directory }) {
					if (serverSide != null) {
						throw invalid(serverSide.property(), serverSide.value(),
								"a CURVE client (one with 'server-key') does not authorize clients; remove it, or 'server-key' to make this a server");
					}
				}
				return apply(serverKey, (key) -> ZmqSecurity.curveClient(keys, key), PLACEHOLDER_HINT);
			}
			if (allowAny != null && allowAny.value()) {
				if (authorized != null || directory != null) {
					throw invalid(allowAny.property(), true,
							"'allow-any' accepts every client; remove it or the authorized keys");
				}
				return ZmqSecurity.curveServer(keys, ZmqCurveClientKeys.any());
			}
			if (authorized == null && directory == null) {
				throw invalid(this.prefix + ".curve.authorized-keys", null,
						"a CURVE server needs 'authorized-keys', 'authorized-keys-directory' or 'allow-any: true' (or 'server-key' to make it a client)");
			}
			List<String> keysList = (authorized != null) ? authorized.value() : List.of();
			for (int i = 0; i < keysList.size(); i++) {
				apply(new Setting<>(keysList.get(i), authorized.property() + "[" + i + "]"),
						ZmqKeyPair::decodePublicKey, PLACEHOLDER_HINT);
			}
			File directoryFile = (directory != null) ? file(directory) : null;
			Setting<?> source = (directory != null) ? directory : authorized;
			return apply(source,
					(ignored) -> ZmqSecurity.curveServer(keys, ZmqCurveClientKeys.of(keysList, directoryFile)));
		}

		private ZmqKeyPair keyPair() {
			Setting<Resource> certificate = pick((s) -> s.getCurve().getCertificate(), "curve.certificate");
			Setting<String> secretKey = pick((s) -> s.getCurve().getSecretKey(), "curve.secret-key");
			Setting<String> publicKey = pick((s) -> s.getCurve().getPublicKey(), "curve.public-key");
			if (certificate != null) {
				if (secretKey != null) {
					throw invalid(secretKey.property(), MASK, "set either 'certificate' or 'secret-key', not both");
				}
				File file = file(certificate);
				return apply(certificate, (ignored) -> ZmqKeyPair.load(file));
			}
			if (secretKey == null) {
				throw invalid(this.prefix + ".curve.secret-key", null,
						"a CURVE endpoint needs its key pair: set 'secret-key' (and optionally 'public-key') or 'certificate'");
			}
			try {
				return ZmqKeyPair.of((publicKey != null) ? publicKey.value() : null, secretKey.value());
			}
			catch (IllegalArgumentException ex) {
				boolean secret = String.valueOf(ex.getMessage()).contains("CURVE secret key") || publicKey == null;
				String reason = ex.getMessage() + PLACEHOLDER_HINT;
				throw secret ? invalid(secretKey.property(), MASK, reason)
						: invalid(publicKey.property(), publicKey.value(), reason);
			}
		}

		private ZmqSecurity plain() {
			Setting<String> username = pick((s) -> s.getPlain().getUsername(), "plain.username");
			Setting<String> password = pick((s) -> s.getPlain().getPassword(), "plain.password");
			Setting<Map<String, String>> users = pick((s) -> s.getPlain().getUsers(), "plain.users");
			Setting<Resource> usersFile = pick((s) -> s.getPlain().getUsersFile(), "plain.users-file");
			if (username != null) {
				if (users != null || usersFile != null) {
					throw invalid((users != null) ? users.property() : usersFile.property(), MASK,
							"a PLAIN client (one with 'username') has no users; remove them, or 'username' to make this a server");
				}
				if (password == null) {
					throw invalid(this.prefix + ".plain.password", null, "a PLAIN client needs a password");
				}
				return apply(username, (name) -> ZmqSecurity.plainClient(name, password.value()));
			}
			if (password != null) {
				throw invalid(password.property(), MASK, "a PLAIN client needs 'username' too");
			}
			if (users == null && usersFile == null) {
				throw invalid(this.prefix + ".plain.users", null,
						"a PLAIN endpoint needs 'users' or 'users-file' (server) or 'username' and 'password' (client)");
			}
			Map<String, String> all = new LinkedHashMap<>((users != null) ? users.value() : Map.of());
			if (usersFile != null) {
				try {
					PropertiesLoaderUtils.loadProperties(usersFile.value())
						.forEach((user, secret) -> all.put(user.toString(), secret.toString()));
				}
				catch (IOException ex) {
					throw invalid(usersFile.property(), usersFile.value(), "cannot be read: " + ex.getMessage());
				}
			}
			Setting<?> source = (users != null) ? users : usersFile;
			return apply(new Setting<>(MASK, source.property()),
					(ignored) -> ZmqSecurity.plainServer(ZmqPlainUsers.of(all)));
		}

		private ZmqSecurity withAddressFilter(ZmqSecurity security) {
			Setting<List<String>> allow = pick(ZmqSecurityProperties::getAllow, "allow");
			Setting<List<String>> deny = pick(ZmqSecurityProperties::getDeny, "deny");
			if (allow == null && deny == null) {
				return security;
			}
			Setting<List<String>> first = (allow != null) ? allow : deny;
			ZmqAddressFilter filter = apply(first, (ignored) -> ZmqAddressFilter
				.of((allow != null) ? allow.value() : List.of(), (deny != null) ? deny.value() : List.of()));
			return apply(first, (ignored) -> security.withAddressFilter(filter));
		}

		private File file(Setting<Resource> resource) {
			try {
				return resource.value().getFile();
			}
			catch (IOException ex) {
				throw invalid(resource.property(), resource.value(),
						"must be on the file system (a 'file:' location), not inside an archive");
			}
		}

		private <T> @Nullable Setting<T> pick(Function<ZmqSecurityProperties, @Nullable T> getter, String name) {
			if (this.endpoint != null) {
				T value = getter.apply(this.endpoint);
				if (isSet(value)) {
					return new Setting<>(value, this.prefix + "." + name);
				}
			}
			T value = getter.apply(ZmqSecurityFactory.this.defaults);
			return isSet(value) ? new Setting<>(value, DEFAULTS_PREFIX + "." + name) : null;
		}

		private static boolean isSet(@Nullable Object value) {
			return value != null && !(value instanceof Collection<?> collection && collection.isEmpty())
					&& !(value instanceof Map<?, ?> map && map.isEmpty());
		}

		/**
		 * Run a step of the core model, reporting what it rejects against the property.
		 */
		private static <T, R> R apply(Setting<T> setting, Function<T, R> step) {
			return apply(setting, step, "");
		}

		/**
		 * Run a step of the core model, reporting what it rejects against the property,
		 * with a hint appended to the reason.
		 */
		private static <T, R> R apply(Setting<T> setting, Function<T, R> step, String hint) {
			try {
				return step.apply(setting.value());
			}
			catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
				throw invalid(setting.property(), setting.value(), ex.getMessage() + hint);
			}
		}

		private static InvalidConfigurationPropertyValueException invalid(String property, @Nullable Object value,
				@Nullable String reason) {
			return new InvalidConfigurationPropertyValueException(property, value, reason);
		}

	}

}
