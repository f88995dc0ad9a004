package io.github.zmqspring.client;

import java.time.Duration;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringValueResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How {@link ZmqRetry @ZmqRetry} attributes become retry settings: set attributes override,
 * empty ones inherit, placeholders resolve.
 *
 * @author zmq-spring-boot
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
		ZmqRetrySettings settings = RetryAttributes.resolve(ENDPOINT, annotation("everything"), this.resolver);
		assertThat(settings).isEqualTo(new ZmqRetrySettings(4, Duration.ofMillis(100), Duration.ofMillis(30), 1.5,
				Duration.ofSeconds(2)));
	}

	@Test
	void whenOnlyTheJitterIsSetThenItOverridesAndTheRestIsInherited() throws Exception {
		ZmqRetrySettings settings = RetryAttributes.resolve(ENDPOINT, annotation("jitterOnly"), this.resolver);
		assertThat(settings).isEqualTo(new ZmqRetrySettings(2, Duration.ofMillis(50), Duration.ofMillis(25), 3,
				Duration.ofSeconds(1)));
		assertThat(settings.toRetryPolicy((ex) -> true).getBackOff()).hasFieldOrPropertyWithValue("jitter", 25L);
	}

	@Test
	void whenThereIsNoAnnotationThenTheInheritedSettingsApply() {
		assertThat(RetryAttributes.resolve(ENDPOINT, null, this.resolver)).isSameAs(ENDPOINT);
	}

	@Test
	void whenAnAttributeIsNotAValueThenTheErrorNamesIt() throws Exception {
		assertThatIllegalStateException()
			.isThrownBy(() -> RetryAttributes.resolve(ENDPOINT, annotation("badJitter"), this.resolver))
			.withMessageStartingWith("Invalid @ZmqRetry jitter 'soon': ");
	}

	private static ZmqRetry annotation(String method) throws NoSuchMethodException {
		return Annotated.class.getDeclaredMethod(method).getAnnotation(ZmqRetry.class);
	}

	private static StringValueResolver resolver(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment::resolveRequiredPlaceholders;
	}

	interface Annotated {

		@ZmqRetry(maxRetries = "4", delay = "100ms", jitter = "30ms", multiplier = "1.5", maxDelay = "2s")
		void everything();

		@ZmqRetry(jitter = "${retry.jitter}")
		void jitterOnly();

		@ZmqRetry(jitter = "soon")
		void badJitter();

	}

}
