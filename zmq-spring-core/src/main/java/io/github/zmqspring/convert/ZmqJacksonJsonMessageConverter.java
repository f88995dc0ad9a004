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

package io.github.zmqspring.convert;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.GenericTypeResolver;
import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.util.ClassUtils;

/**
 * Spring's {@link JacksonJsonMessageConverter} with an {@link ObjectReader} cached per
 * target (type and declaration, JSON view included) and an {@link ObjectWriter} cached
 * per Java type: Spring's converter resolves the generic type and creates a generator and
 * a {@code ByteArrayOutputStream} for every message. Text payloads and JSON encodings
 * other than UTF-8 go to Spring's converter, as before.
 */
public class ZmqJacksonJsonMessageConverter extends JacksonJsonMessageConverter {

	private final JsonMapper mapper;

	private final Map<Target, ObjectReader> readers = new ConcurrentHashMap<>();

	private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

	/**
	 * Create a converter with Spring's default {@link JsonMapper} (with the Jackson
	 * modules found on the classpath).
	 */
	public ZmqJacksonJsonMessageConverter() {
		this.mapper = getJsonMapper();
	}

	/**
	 * Create a converter with the given mapper.
	 * @param mapper the mapper, for example the application's
	 */
	public ZmqJacksonJsonMessageConverter(JsonMapper mapper) {
		super(mapper);
		this.mapper = mapper;
	}

	@Override
	protected @Nullable Object convertFromInternal(Message<?> message, Class<?> targetClass,
			@Nullable Object conversionHint) {
		Object payload = message.getPayload();
		if (!(payload instanceof byte[] bytes) || ClassUtils.isAssignableValue(targetClass, payload)) {
			return super.convertFromInternal(message, targetClass, conversionHint);
		}
		ObjectReader reader = this.readers.computeIfAbsent(new Target(targetClass, conversionHint), this::reader);
		try {
			return reader.readValue(bytes);
		}
		catch (JacksonException ex) {
			throw new MessageConversionException(message, "Could not read JSON: " + ex.getMessage(), ex);
		}
	}

	private ObjectReader reader(Target target) {
		JavaType type = this.mapper.constructType(resolvedType(target.type(), target.hint()));
		Class<?> view = getSerializationView(target.hint());
		return (view != null) ? this.mapper.readerWithView(view).forType(type) : this.mapper.readerFor(type);
	}

	@Override
	protected @Nullable Object convertToInternal(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		if (getSerializedPayloadClass() != byte[].class || getJsonEncoding(getMimeType(headers)) != JsonEncoding.UTF8
				|| getSerializationView(conversionHint) != null) {
			return super.convertToInternal(payload, headers, conversionHint);
		}
		try {
			return this.writers.computeIfAbsent(payload.getClass(), this.mapper::writerFor).writeValueAsBytes(payload);
		}
		catch (JacksonException ex) {
			throw new MessageConversionException("Could not write JSON: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The type to read, from the declaration when there is one: what Spring's converter
	 * resolves for every message.
	 */
	private static Type resolvedType(Class<?> targetClass, @Nullable Object hint) {
		if (!(hint instanceof MethodParameter parameter)) {
			return targetClass;
		}
		MethodParameter declared = parameter.nestedIfOptional();
		if (Message.class.isAssignableFrom(declared.getParameterType())) {
			declared = declared.nested();
		}
		return GenericTypeResolver.resolveType(declared.getNestedGenericParameterType(), declared.getContainingClass());
	}

	/**
	 * What a reader is for: the target type and the declaration it comes from.
	 */
	private record Target(Class<?> type, @Nullable Object hint) {
	}

}
