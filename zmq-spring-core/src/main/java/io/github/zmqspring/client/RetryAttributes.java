package io.github.zmqspring.client;

import java.util.function.Consumer;
import java.util.function.Function;

import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * The retry settings of a client interface or method: the attributes its {@link ZmqRetry}
 * sets ({@code ${...}} placeholders resolved), the inherited settings for the others.
 *
 * @author zmq-spring-boot
 */
final class RetryAttributes {

	private RetryAttributes() {
	}

	/**
	 * Resolve the settings of an annotated interface or method.
	 * @param inherited the settings of the endpoint (for an interface) or of the interface
	 * (for a method)
	 * @param annotation the annotation, or {@code null} to keep the inherited settings
	 * @param resolver resolves placeholders
	 * @return the settings
	 * @throws IllegalStateException when an attribute is not a valid value
	 */
	static ZmqRetrySettings resolve(ZmqRetrySettings inherited, @Nullable ZmqRetry annotation,
			StringValueResolver resolver) {
		if (annotation == null) {
			return inherited;
		}
		ZmqRetrySettings.Builder retry = ZmqRetrySettings.builder()
			.maxRetries(inherited.maxRetries())
			.delay(inherited.delay())
			.jitter(inherited.jitter())
			.multiplier(inherited.multiplier())
			.maxDelay(inherited.maxDelay());
		set(resolver, "maxRetries", annotation.maxRetries(), Long::parseLong, retry::maxRetries);
		set(resolver, "delay", annotation.delay(), DurationFormatterUtils::detectAndParse, retry::delay);
		set(resolver, "jitter", annotation.jitter(), DurationFormatterUtils::detectAndParse, retry::jitter);
		set(resolver, "multiplier", annotation.multiplier(), Double::parseDouble, retry::multiplier);
		set(resolver, "maxDelay", annotation.maxDelay(), DurationFormatterUtils::detectAndParse, retry::maxDelay);
		try {
			return retry.build();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Invalid " + annotation + ": " + ex.getMessage(), ex);
		}
	}

	private static <T> void set(StringValueResolver resolver, String attribute, String value,
			Function<String, T> parser, Consumer<T> setter) {
		String resolved = resolver.resolveStringValue(value);
		if (!StringUtils.hasText(resolved)) {
			return;
		}
		try {
			setter.accept(parser.apply(resolved.trim()));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"Invalid @ZmqRetry " + attribute + " '" + resolved + "': " + ex.getMessage(), ex);
		}
	}

}
