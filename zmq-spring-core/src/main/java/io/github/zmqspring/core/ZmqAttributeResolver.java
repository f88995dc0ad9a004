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

package io.github.zmqspring.core;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Reads the string attributes of the starter's annotations: resolves {@code ${...}}
 * placeholders (and SpEL, with an embedded value resolver) and converts the result to a
 * number, duration, boolean or enum constant. The listener post-processor and the client
 * proxy factory both read their annotations through it, so a value that is not what the
 * attribute takes, or a placeholder that cannot be resolved, fails start-up with one
 * message naming the annotation, the attribute, the value and the annotated method or
 * type.
 */
public final class ZmqAttributeResolver {

	private final @Nullable StringValueResolver valueResolver;

	/**
	 * Create a resolver.
	 * @param valueResolver resolves placeholders, or {@code null} to take values as
	 * written
	 */
	public ZmqAttributeResolver(@Nullable StringValueResolver valueResolver) {
		this.valueResolver = valueResolver;
	}

	/**
	 * Return the attributes of one annotation as declared on an element.
	 * @param annotation the annotation, possibly merged from a composed annotation
	 * @param element the annotated method or type, named in error messages
	 * @return the attributes
	 */
	public Attributes attributes(MergedAnnotation<?> annotation, AnnotatedElement element) {
		return new Attributes(annotation, describe(element));
	}

	private static String describe(AnnotatedElement element) {
		if (element instanceof Method method) {
			return "method " + method.getDeclaringClass().getName() + "." + method.getName();
		}
		if (element instanceof Class<?> type) {
			return "type " + type.getName();
		}
		return element.toString();
	}

	/**
	 * The attributes of one annotation on one element, resolved on request. Every method
	 * returns "not set" ({@code ""}, an empty list or {@code null}) for an attribute that
	 * is empty after resolution or that the annotation does not declare.
	 */
	public final class Attributes {

		private final MergedAnnotation<?> annotation;

		private final String owner;

		Attributes(MergedAnnotation<?> annotation, String owner) {
			this.annotation = annotation;
			this.owner = owner;
		}

		/**
		 * Return a text attribute, placeholders resolved.
		 * @param name the attribute name
		 * @return the value, or {@code ""} when not set
		 */
		public String string(String name) {
			return this.annotation.getValue(name, String.class).map((value) -> resolve(name, value)).orElse("");
		}

		/**
		 * Return a text array attribute, placeholders resolved, empty elements left out.
		 * @param name the attribute name
		 * @return the values
		 */
		public List<String> strings(String name) {
			return this.annotation.getValue(name, String[].class)
				.map((values) -> Arrays.stream(values)
					.map((value) -> resolve(name, value))
					.filter(StringUtils::hasText)
					.toList())
				.orElse(List.of());
		}

		/**
		 * Return an integer attribute.
		 * @param name the attribute name
		 * @return the value, or {@code null} when not set
		 */
		public @Nullable Integer integer(String name) {
			return convert(name, "an integer", Integer::valueOf);
		}

		/**
		 * Return a long integer attribute.
		 * @param name the attribute name
		 * @return the value, or {@code null} when not set
		 */
		public @Nullable Long longInteger(String name) {
			return convert(name, "an integer", Long::valueOf);
		}

		/**
		 * Return a decimal number attribute.
		 * @param name the attribute name
		 * @return the value, or {@code null} when not set
		 */
		public @Nullable Double decimal(String name) {
			return convert(name, "a number", Double::valueOf);
		}

		/**
		 * Return a duration attribute, such as {@code 500ms}, {@code 2s} or {@code PT2S}.
		 * @param name the attribute name
		 * @return the value, or {@code null} when not set
		 */
		public @Nullable Duration duration(String name) {
			return convert(name, "a duration such as 500ms, 2s or PT2S", DurationFormatterUtils::detectAndParse);
		}

		/**
		 * Return a boolean attribute, {@code true} or {@code false} in any case.
		 * @param name the attribute name
		 * @return the value, or {@code null} when not set
		 */
		public @Nullable Boolean bool(String name) {
			return convert(name, "true or false", (value) -> switch (value.toLowerCase(Locale.ROOT)) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(value);
			});
		}

		/**
		 * Return an enum attribute, a constant's name in any case.
		 * @param <E> the enum type
		 * @param name the attribute name
		 * @param type the enum type
		 * @return the value, or {@code null} when not set
		 */
		public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
			String expected = "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
				.toList();
			return convert(name, expected, (value) -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
		}

		/**
		 * Fail for an attribute whose value was read but is not acceptable.
		 * @param name the attribute name
		 * @param reason what is wrong with it
		 * @return the exception to throw
		 */
		public IllegalStateException invalid(String name, String reason) {
			return new IllegalStateException(prefix(name) + reason);
		}

		/**
		 * Fail for a combination of attributes that is not acceptable.
		 * @param reason what is wrong with it
		 * @return the exception to throw
		 */
		public IllegalStateException invalid(String reason) {
			return new IllegalStateException("Invalid " + this + ": " + reason);
		}

		@Override
		public String toString() {
			return "@" + this.annotation.getType().getSimpleName() + " on " + this.owner;
		}

		private <T> @Nullable T convert(String name, String expected, Function<String, T> converter) {
			String value = string(name).trim();
			if (value.isEmpty()) {
				return null;
			}
			try {
				return converter.apply(value);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(prefix(name) + "'" + value + "' is not " + expected);
			}
		}

		private String resolve(String name, String value) {
			if (ZmqAttributeResolver.this.valueResolver == null || value.isEmpty()) {
				return value;
			}
			try {
				String resolved = ZmqAttributeResolver.this.valueResolver.resolveStringValue(value);
				return (resolved != null) ? resolved : "";
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						prefix(name) + "'" + value + "' cannot be resolved: " + ex.getMessage());
			}
		}

		private String prefix(String name) {
			return "Invalid @" + this.annotation.getType().getSimpleName() + "(" + name + ") on " + this.owner + ": ";
		}

	}

}
