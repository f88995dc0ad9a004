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

package io.github.zmqspring.boot.autoconfigure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.autoconfigure.ZmqProperties;
import io.github.zmqspring.boot.autoconfigure.sanitize.ZmqSanitizingAutoConfiguration;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.security.ZmqKeyPair;
import io.github.zmqspring.security.ZmqMechanism;
import io.github.zmqspring.security.ZmqSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.ZCert;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@code zmq.*.security.*}: what each combination of properties builds,
 * inheritance from {@code zmq.defaults.security}, the start-up failures (naming the
 * property, never showing a secret) and the Actuator sanitizing function.
 */
class ZmqSecurityPropertiesTests {

	private static final ZmqKeyPair KEYS = ZmqKeyPair.generate();

	private static final ZmqKeyPair OTHER = ZmqKeyPair.generate();

	/** A secret key holding '${x:y}', which Spring resolves to 'y' unless escaped. */
	private static final String PLACEHOLDER_KEY = KEYS.secretKeyZ85().charAt(0) + "${x:y}"
			+ KEYS.secretKeyZ85().substring(7);

	private static final String PLACEHOLDER_KEY_PUBLIC = ZmqKeyPair.of(null, PLACEHOLDER_KEY).publicKeyZ85();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class, ZmqSanitizingAutoConfiguration.class));

	@Test
	void whenCurveServerKeysAndAuthorizedKeysAreSetThenTheEndpointIsACurveServer() {
		this.contextRunner
			.withPropertyValues("zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
					"zmq.endpoints.s.security.curve.secret-key=" + KEYS.secretKeyZ85(),
					"zmq.endpoints.s.security.curve.authorized-keys=" + OTHER.publicKeyZ85())
			.run((context) -> {
				ZmqSecurity security = security(context, "s");
				assertThat(security.mechanism()).isEqualTo(ZmqMechanism.CURVE);
				assertThat(security.isServer()).isTrue();
				assertThat(security.toString()).contains(KEYS.publicKeyZ85()).doesNotContain(KEYS.secretKeyZ85());
			});
	}

	@Test
	void whenDefaultsHoldTheSecurityThenEndpointsInheritAndMayOverrideIt() {
		this.contextRunner
			.withPropertyValues("zmq.defaults.security.mechanism=curve",
					"zmq.defaults.security.curve.secret-key=" + KEYS.secretKeyZ85(),
					"zmq.defaults.security.curve.allow-any=true", "zmq.endpoints.a.bind=tcp://127.0.0.1:*",
					"zmq.endpoints.b.connect=tcp://127.0.0.1:5555",
					"zmq.endpoints.b.security.curve.server-key=" + OTHER.publicKeyZ85(),
					"zmq.endpoints.b.security.curve.allow-any=false", "zmq.endpoints.c.connect=tcp://127.0.0.1:5555",
					"zmq.endpoints.c.security.mechanism=none")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidConfigurationPropertyValueException.class)
					.hasMessageContaining("zmq.endpoints.b.security.curve.allow-any");
			});
		this.contextRunner
			.withPropertyValues("zmq.defaults.security.mechanism=curve",
					"zmq.defaults.security.curve.certificate=file:" + certificate(),
					"zmq.endpoints.a.bind=tcp://127.0.0.1:*",
					"zmq.endpoints.a.security.curve.authorized-keys=" + OTHER.publicKeyZ85(),
					"zmq.endpoints.b.connect=tcp://127.0.0.1:5555",
					"zmq.endpoints.b.security.curve.server-key=" + OTHER.publicKeyZ85(),
					"zmq.endpoints.c.connect=tcp://127.0.0.1:5555", "zmq.endpoints.c.security.mechanism=none")
			.run((context) -> {
				assertThat(security(context, "a").isServer()).isTrue();
				assertThat(security(context, "a").toString()).contains(KEYS.publicKeyZ85());
				assertThat(security(context, "b").isServer()).isFalse();
				assertThat(security(context, "c")).isSameAs(ZmqSecurity.NONE);
			});
	}

	@Test
	void whenCurveServerAuthorizesNobodyThenStartupFailsNamingTheProperty() {
		assertFailure("zmq.endpoints.s.security.curve.authorized-keys", "authorized-keys-directory",
				"zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
				"zmq.endpoints.s.security.curve.secret-key=" + KEYS.secretKeyZ85());
	}

	@Test
	void whenSecretKeyIsMalformedThenStartupFailsWithoutShowingIt() {
		String malformed = KEYS.secretKeyZ85().substring(1);
		assertFailure("zmq.endpoints.s.security.curve.secret-key", "40 Z85 characters",
				"zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
				"zmq.endpoints.s.security.curve.secret-key=" + malformed,
				"zmq.endpoints.s.security.curve.allow-any=true");
	}

	@Test
	void whenPublicKeyDoesNotMatchTheSecretKeyThenStartupFails() {
		assertFailure("zmq.endpoints.s.security.curve.public-key", "does not belong",
				"zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
				"zmq.endpoints.s.security.curve.secret-key=" + KEYS.secretKeyZ85(),
				"zmq.endpoints.s.security.curve.public-key=" + OTHER.publicKeyZ85(),
				"zmq.endpoints.s.security.curve.allow-any=true");
	}

	@Test
	void whenKeysAreSetWithoutAMechanismThenStartupFails() {
		assertFailure("zmq.endpoints.s.security.curve.secret-key", "no security mechanism",
				"zmq.endpoints.s.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.s.security.curve.secret-key=" + KEYS.secretKeyZ85());
	}

	@Test
	void whenPlainClientHasNoPasswordThenStartupFails() {
		assertFailure("zmq.endpoints.c.security.plain.password", "needs a password",
				"zmq.endpoints.c.connect=tcp://127.0.0.1:5555", "zmq.endpoints.c.security.mechanism=plain",
				"zmq.endpoints.c.security.plain.username=alice");
	}

	@Test
	void whenPlainUsersComeFromAFileThenTheEndpointIsAPlainServer(@TempDir Path directory) throws Exception {
		Path users = Files.writeString(directory.resolve("users.properties"), "alice=file-secret\n");
		this.contextRunner
			.withPropertyValues("zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=plain",
					"zmq.endpoints.s.security.plain.users-file=file:" + users)
			.run((context) -> {
				ZmqSecurity security = security(context, "s");
				assertThat(security.mechanism()).isEqualTo(ZmqMechanism.PLAIN);
				assertThat(security.isServer()).isTrue();
				assertThat(security.toString()).doesNotContain("file-secret");
			});
	}

	@Test
	void whenActuatorSanitizesThenZmqSecretsAreMaskedAndOtherValuesAreNot() {
		this.contextRunner.run((context) -> {
			SanitizingFunction function = context.getBean(SanitizingFunction.class);
			for (String key : new String[] { "zmq.endpoints.a.security.curve.secret-key",
					"zmq.endpoints.a.security.curve.secretKey", "zmq.defaults.security.plain.password",
					"zmq.proxies.p.frontend.security.plain.users.alice", "ZMQ_ENDPOINTS_A_SECURITY_CURVE_SECRETKEY" }) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "s3cret")).getValue()).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE);
			}
			for (String key : new String[] { "zmq.endpoints.a.security.curve.public-key",
					"zmq.endpoints.a.security.plain.username", "zmq.endpoints.a.bind", "app.password" }) {
				assertThat(function.applyUnlessFiltered(new SanitizableData(null, key, "value")).getValue()).as(key)
					.isEqualTo("value");
			}
		});
	}

	@Test
	void whenAValueHoldsAConfiguredSecretThenItIsMaskedUnderAnyKeyAndEmptySecretsMaskNothing() {
		String escaped = PLACEHOLDER_KEY.replace("${", "\\${");
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ZmqSanitizingAutoConfiguration.class))
			.withUserConfiguration(PropertiesOnly.class)
			.withPropertyValues("zmq.endpoints.a.security.curve.secret-key=" + escaped,
					"zmq.endpoints.b.security.plain.password=", "zmq.defaults.security.plain.password=pa\"ss",
					"zmq.proxies.p.backend.security.plain.users.alice=proxy-pw")
			.run((context) -> {
				SanitizingFunction function = context.getBean(SanitizingFunction.class);
				Map<String, String> masked = Map.of("ORDERS_SECRET_KEY", PLACEHOLDER_KEY, "SPRING_APPLICATION_JSON",
						"{\"zmq.defaults.security.plain.password\": \"pa\\\"ss\"}", "sun.java.command",
						"app.jar --key=" + PLACEHOLDER_KEY, "as written", escaped, "app.users", "proxy-pw");
				masked.forEach((key, value) -> assertThat(sanitize(function, key, value)).as(key)
					.isEqualTo(SanitizableData.SANITIZED_VALUE));
				assertThat(sanitize(function, "app.greeting", "hello")).isEqualTo("hello");
				assertThat(sanitize(function, "app.empty", "")).isEqualTo("");
				assertThat(sanitize(function, "app.public", PLACEHOLDER_KEY_PUBLIC)).isEqualTo(PLACEHOLDER_KEY_PUBLIC);
			});
	}

	@Test
	void whenAKeyHoldsAPlaceholderThenStartupFailsNamingThePropertyAndTheEscape() {
		assertFailure("zmq.endpoints.s.security.curve.secret-key", "write '${' as '\\${'",
				"zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
				"zmq.endpoints.s.security.curve.secret-key=" + PLACEHOLDER_KEY,
				"zmq.endpoints.s.security.curve.allow-any=true");
		this.contextRunner
			.withInitializer((context) -> environmentVariables(context.getEnvironment(),
					Map.of("ORDERS_SECRET_KEY", PLACEHOLDER_KEY)))
			.withPropertyValues("zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
					"zmq.endpoints.s.security.curve.secret-key=${ORDERS_SECRET_KEY}",
					"zmq.endpoints.s.security.curve.allow-any=true")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("zmq.endpoints.s.security.curve.secret-key")
				.hasMessageContaining("40 Z85 characters, not 35")
				.hasMessageNotContaining(KEYS.secretKeyZ85().substring(7)));
	}

	@Test
	void whenAKeyEscapesThePlaceholderThenItIsUsedUnchangedFromAPropertyOrAnEnvironmentVariable() {
		String escaped = PLACEHOLDER_KEY.replace("${", "\\${");
		assertPlaceholderKeyUsed(
				this.contextRunner.withPropertyValues("zmq.endpoints.s.security.curve.secret-key=" + escaped));
		assertPlaceholderKeyUsed(this.contextRunner
			.withInitializer(
					(context) -> environmentVariables(context.getEnvironment(), Map.of("ORDERS_SECRET_KEY", escaped)))
			.withPropertyValues("zmq.endpoints.s.security.curve.secret-key=${ORDERS_SECRET_KEY}"));
		assertPlaceholderKeyUsed(
				this.contextRunner.withInitializer((context) -> environmentVariables(context.getEnvironment(),
						Map.of("ZMQ_ENDPOINTS_S_SECURITY_CURVE_SECRETKEY", escaped))));
		assertPlaceholderKeyUsed(this.contextRunner.withInitializer((context) -> yaml(context.getEnvironment(),
				"zmq.endpoints.s.security.curve.secret-key: '" + escaped + "'")));
	}

	private void assertPlaceholderKeyUsed(ApplicationContextRunner runner) {
		runner
			.withPropertyValues("zmq.endpoints.s.bind=tcp://127.0.0.1:*", "zmq.endpoints.s.security.mechanism=curve",
					"zmq.endpoints.s.security.curve.allow-any=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(security(context, "s").toString()).contains(PLACEHOLDER_KEY_PUBLIC);
			});
	}

	/**
	 * Stand in for the process environment: the variables, as Boot reads them, in place
	 * of the real {@code systemEnvironment} property source.
	 */
	static void environmentVariables(ConfigurableEnvironment environment, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(System.getenv());
		all.putAll(variables);
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
	}

	private static void yaml(ConfigurableEnvironment environment, String text) {
		try {
			new YamlPropertySourceLoader().load("application.yml", new ByteArrayResource(text.getBytes()))
				.forEach(environment.getPropertySources()::addFirst);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object sanitize(SanitizingFunction function, String key, String value) {
		return function.applyUnlessFiltered(new SanitizableData(null, key, value)).getValue();
	}

	private void assertFailure(String property, String reason, String... properties) {
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining(property)
				.hasMessageContaining(reason)
				.hasMessageNotContaining(KEYS.secretKeyZ85())
				.hasMessageNotContaining(KEYS.secretKeyZ85().substring(1));
		});
	}

	private static ZmqSecurity security(AssertableApplicationContext context, String endpoint) {
		return (ZmqSecurity) context.getBean(ZmqEndpointDefinitions.class).get(endpoint).security();
	}

	private static String certificate() {
		try {
			Path file = Files.createTempFile("zmq-test", ".key_secret");
			new ZCert(KEYS.publicKeyZ85(), KEYS.secretKeyZ85()).saveSecret(file.toString());
			file.toFile().deleteOnExit();
			return file.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ZmqProperties.class)
	static class PropertiesOnly {

	}

}
