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

import java.util.function.Consumer;
import java.util.function.Function;

import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.core.ZmqAttributeResolver;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.jspecify.annotations.Nullable;

/**
 * The retry settings of a client interface or method: the attributes its {@link ZmqRetry}
 * sets ({@code ${...}} placeholders resolved), the inherited settings for the others.
 */
final class RetryAttributes {

	private RetryAttributes() {
	}

	/**
	 * Resolve the settings of an annotated interface or method.
	 * @param inherited the settings of the endpoint (for an interface) or of the
	 * interface (for a method)
	 * @param retry the attributes of its {@link ZmqRetry}, or {@code null} to keep the
	 * inherited settings
	 * @return the settings
	 * @throws IllegalStateException when an attribute is not a valid value, naming it and
	 * the annotated element
	 */
	static ZmqRetrySettings resolve(ZmqRetrySettings inherited, ZmqAttributeResolver.@Nullable Attributes retry) {
		if (retry == null) {
			return inherited;
		}
		ZmqRetrySettings.Builder builder = ZmqRetrySettings.builder()
			.maxRetries(inherited.maxRetries())
			.delay(inherited.delay())
			.jitter(inherited.jitter())
			.multiplier(inherited.multiplier())
			.maxDelay(inherited.maxDelay());
		set(retry, "maxRetries", retry::longInteger, builder::maxRetries);
		set(retry, "delay", retry::duration, builder::delay);
		set(retry, "jitter", retry::duration, builder::jitter);
		set(retry, "multiplier", retry::decimal, builder::multiplier);
		set(retry, "maxDelay", retry::duration, builder::maxDelay);
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw retry.invalid(ex.getMessage());
		}
	}

	private static <T> void set(ZmqAttributeResolver.Attributes retry, String name,
			Function<String, @Nullable T> reader, Consumer<T> setter) {
		T value = reader.apply(name);
		if (value == null) {
			return;
		}
		try {
			setter.accept(value);
		}
		catch (IllegalArgumentException ex) {
			throw retry.invalid(name, ex.getMessage());
		}
	}

}
