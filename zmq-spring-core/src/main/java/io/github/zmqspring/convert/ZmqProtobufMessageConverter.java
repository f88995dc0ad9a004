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

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.ProtobufMessageConverter;
import org.springframework.util.MimeType;

/**
 * Spring's {@link ProtobufMessageConverter} with a lean binary format: a message is read
 * with its type's own {@link Parser}, looked up once per type, and written with
 * {@link Message#toByteArray()}, where Spring's converter creates a builder reflectively
 * and copies through a stream for every message. Other formats (JSON through
 * {@code protobuf-java-util}) and types without a static {@code getDefaultInstance()} go
 * to Spring's converter, as before.
 */
public class ZmqProtobufMessageConverter extends ProtobufMessageConverter {

	private static final ClassValue<@Nullable Parser<?>> PARSERS = new ClassValue<>() {

		@Override
		protected @Nullable Parser<?> computeValue(Class<?> type) {
			try {
				Method method = type.getMethod("getDefaultInstance");
				return (Modifier.isStatic(method.getModifiers())
						&& method.invoke(null) instanceof Message defaultInstance) ? defaultInstance.getParserForType()
								: null;
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return null;
			}
		}

	};

	@Override
	protected Object convertFromInternal(org.springframework.messaging.Message<?> message, Class<?> targetClass,
			@Nullable Object conversionHint) {
		Parser<?> parser = PARSERS.get(targetClass);
		if (parser == null || !(message.getPayload() instanceof byte[] bytes)
				|| !isBinary(getMimeType(message.getHeaders()))) {
			return super.convertFromInternal(message, targetClass, conversionHint);
		}
		try {
			return parser.parseFrom(bytes);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MessageConversionException(message, "Could not read proto message: " + ex.getMessage(), ex);
		}
	}

	@Override
	protected Object convertToInternal(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		if (payload instanceof Message message && isBinary(getMimeType(headers))) {
			return message.toByteArray();
		}
		return super.convertToInternal(payload, headers, conversionHint);
	}

	private static boolean isBinary(@Nullable MimeType contentType) {
		return contentType == null || PROTOBUF.isCompatibleWith(contentType);
	}

}
