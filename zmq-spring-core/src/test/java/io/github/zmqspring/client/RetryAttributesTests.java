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

package io.github.zmqspring.client;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.core.ZmqAttributeResolver;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AliasFor;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringValueResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How {@link ZmqRetry @ZmqRetry} attributes become retry settings: set attributes
 * override, empty ones inherit, placeholders resolve, composed annotations apply, and a
 * bad value names the attribute and the method.
 */
class RetryAttributesTests {

	private static final ZmqRetrySettings ENDPOINT = ZmqRetrySettings.builder()
		.maxRetries(2)
		.delay(Duration.ofMillis(50))
		.jitter(Duration.ofMillis(5))
		.multiplier(3)
		.maxDelay(Duration.ofSeconds(1))
		.build();

	private final StringValueResolver resolver = resolver(Map.of("retry.jitter", "25ms"));

	@Test
	void whenEveryAttributeIsSetThenEachOverridesTheInheritedValue() throws Exception {
		ZmqRetrySettings settings = RetryAttributes.resolve(ENDPOINT, attributes("everything"));
		assertThat(settings).isEqualTo(
				new ZmqRetrySettings(4, Duration.ofMillis(100), Duration.ofMillis(30), 1.5, Duration.ofSeconds(2)));
	}

	@Test
	void whenOnlyTheJitterIsSetThenItOverridesAndTheRestIsInherited() throws Exception {
		ZmqRetrySettings settings = RetryAttributes.resolve(ENDPOINT, attributes("jitterOnly"));
		assertThat(settings)
			.isEqualTo(new ZmqRetrySettings(2, Duration.ofMillis(50), Duration.ofMillis(25), 3, Duration.ofSeconds(1)));
		assertThat(settings.toRetryPolicy((ex) -> true).getBackOff()).hasFieldOrPropertyWithValue("jitter", 25L);
	}

	@Test
	void whenThereIsNoAnnotationThenTheInheritedSettingsApply() {
		assertThat(RetryAttributes.resolve(ENDPOINT, null)).isSameAs(ENDPOINT);
	}

	@Test
	void whenADurationIsNotADurationThenTheErrorNamesTheAttributeAndTheMethod() {
		assertThatIllegalStateException().isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, attributes("badJitter")))
			.withMessage("Invalid @ZmqRetry(jitter) on method " + Annotated.class.getName()
					+ ".badJitter: 'soon' is not a duration such as 500ms, 2s or PT2S");
	}

	@Test
	void whenANumberIsNotANumberThenTheErrorNamesTheAttributeAndTheMethod() {
		assertThatIllegalStateException()
			.isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, attributes("badMaxRetries")))
			.withMessage("Invalid @ZmqRetry(maxRetries) on method " + Annotated.class.getName()
					+ ".badMaxRetries: 'abc' is not an integer");
	}

	@Test
	void whenANumberIsOutOfRangeThenTheErrorNamesTheAttributeAndTheMethod() {
		assertThatIllegalStateException()
			.isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, attributes("smallMultiplier")))
			.withMessage("Invalid @ZmqRetry(multiplier) on method " + Annotated.class.getName()
					+ ".smallMultiplier: 'multiplier' must be at least 1");
	}

	@Test
	void whenAPlaceholderCannotBeResolvedThenTheErrorNamesTheAttributeAndTheMethod() {
		assertThatIllegalStateException()
			.isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, attributes("unresolvable")))
			.withMessageStartingWith("Invalid @ZmqRetry(delay) on method " + Annotated.class.getName()
					+ ".unresolvable: '${retry.missing}' cannot be resolved: ")
			.withMessageContaining("retry.missing");
	}

	@Test
	void whenTheDelaysContradictEachOtherThenTheErrorNamesTheAnnotationAndTheMethod() {
		assertThatIllegalStateException()
			.isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, attributes("delayAboveMaximum")))
			.withMessageStartingWith(
					"Invalid @ZmqRetry on method " + Annotated.class.getName() + ".delayAboveMaximum: ");
	}

	@Test
	void whenRetryComesFromAComposedAnnotationThenItsAliasedAttributesApply() throws Exception {
		ZmqRetrySettings settings = RetryAttributes.resolve(ENDPOINT, attributes("composed"));
		assertThat(settings)
			.isEqualTo(new ZmqRetrySettings(5, Duration.ofMillis(10), Duration.ofMillis(5), 3, Duration.ofSeconds(1)));
	}

	private ZmqAttributeResolver.Attributes attributes(String name) throws NoSuchMethodException {
		Method method = Annotated.class.getDeclaredMethod(name);
		return new ZmqAttributeResolver(this.resolver).attributes(MergedAnnotations.from(method).get(ZmqRetry.class),
				method);
	}

	private static StringValueResolver resolver(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment::resolveRequiredPlaceholders;
	}

	@Retention(RetentionPolicy.RUNTIME)
	@ZmqRetry(delay = "10ms")
	@interface QuickRetry {

		@AliasFor(annotation = ZmqRetry.class, attribute = "maxRetries")
		String times();

	}

	interface Annotated {

		@ZmqRetry(maxRetries = "4", delay = "100ms", jitter = "30ms", multiplier = "1.5", maxDelay = "2s")
		void everything();

		@ZmqRetry(jitter = "${retry.jitter}")
		void jitterOnly();

		@ZmqRetry(jitter = "soon")
		void badJitter();

		@ZmqRetry(maxRetries = "abc")
		void badMaxRetries();

		@ZmqRetry(multiplier = "0.5")
		void smallMultiplier();

		@ZmqRetry(delay = "${retry.missing}")
		void unresolvable();

		@ZmqRetry(delay = "5s", maxDelay = "1s")
		void delayAboveMaximum();

		@QuickRetry(times = "5")
		void composed();

	}

}
