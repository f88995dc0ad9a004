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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.zmqspring.core.ZmqMessageHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.converter.SmartMessageConverter;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Turns objects into frame bytes and back with a spring-messaging
 * {@link MessageConverter}, choosing the converter by content type and Java type. Raw
 * bytes ({@code byte[]} and {@link ByteBuffer}) are already serialized: they pass through
 * unchanged and are labelled with the requested content type,
 * {@code application/octet-stream} when none is requested.
 */
public final class ZmqPayloadConverter {

	private static final String OCTET_STREAM = "application/octet-stream";

	private final MessageConverter converter;

	private final LastContentType contentTypes = new LastContentType();

	/**
	 * Create a converter.
	 * @param converter the message converter, usually a composite
	 */
	public ZmqPayloadConverter(MessageConverter converter) {
		this.converter = converter;
	}

	/**
	 * @return the underlying message converter
	 */
	public MessageConverter getMessageConverter() {
		return this.converter;
	}

	/**
	 * Whether some converter of the chain reads or writes a content type. A converter
	 * that does not declare its content types (not an {@link AbstractMessageConverter})
	 * is assumed to support any.
	 * @param contentType the content type as stated on the wire
	 * @return {@code false} when the value is not a valid MIME type or no converter
	 * declares a type compatible with it
	 */
	public boolean supportsContentType(String contentType) {
		MimeType type;
		try {
			type = this.contentTypes.parse(contentType);
		}
		catch (InvalidMimeTypeException ex) {
			return false;
		}
		return supports(this.converter, type);
	}

	private static boolean supports(MessageConverter converter, MimeType type) {
		if (converter instanceof CompositeMessageConverter composite) {
			return composite.getConverters().stream().anyMatch((each) -> supports(each, type));
		}
		if (converter instanceof AbstractMessageConverter declared) {
			return declared.getSupportedMimeTypes().stream().anyMatch((supported) -> supported.isCompatibleWith(type));
		}
		return true;
	}

	/**
	 * Serialize a value.
	 * @param value the value
	 * @param contentType the wanted content type, or {@code null} to let the converter
	 * choose
	 * @return the bytes and the content type they are in
	 * @throws MessageConversionException when no converter can write the value
	 */
	public ZmqPayload toPayload(Object value, @Nullable String contentType) {
		if (value instanceof byte[] bytes) {
			return new ZmqPayload(bytes, (contentType != null) ? contentType : OCTET_STREAM);
		}
		if (value instanceof ByteBuffer buffer) {
			return new ZmqPayload(ByteBufferMessageConverter.toBytes(buffer),
					(contentType != null) ? contentType : OCTET_STREAM);
		}
		// mutable headers: the converter adds its content type to them and the message
		// keeps
		// them, where immutable ones would be copied with a random id and a timestamp
		MessageHeaderAccessor headers = new MessageHeaderAccessor();
		headers.setLeaveMutable(true);
		if (contentType != null) {
			headers.setHeader(MessageHeaders.CONTENT_TYPE, contentType);
		}
		Message<?> message = this.converter.toMessage(value, headers.getMessageHeaders());
		if (message == null) {
			throw new MessageConversionException("No converter can write " + value.getClass().getName()
					+ ((contentType != null) ? " as " + contentType : ""));
		}
		Object payload = message.getPayload();
		byte[] bytes = (payload instanceof String text) ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) payload;
		Object type = message.getHeaders().get(MessageHeaders.CONTENT_TYPE);
		return new ZmqPayload(bytes, (type != null) ? type.toString() : contentType);
	}

	/**
	 * Deserialize a payload.
	 * @param payload the bytes and their content type
	 * @param targetType the type wanted
	 * @param hint the declaration the type comes from (for generics), or {@code null}
	 * @return the value
	 * @throws MessageConversionException when no converter can read the bytes
	 */
	public @Nullable Object fromPayload(ZmqPayload payload, Class<?> targetType, @Nullable MethodParameter hint) {
		if (targetType == byte[].class || targetType == Object.class) {
			return payload.bytes();
		}
		String contentType = payload.contentType();
		Message<byte[]> message = MessageBuilder.createMessage(payload.bytes(),
				new ZmqMessageHeaders((contentType != null)
						? Map.of(MessageHeaders.CONTENT_TYPE, this.contentTypes.parse(contentType)) : Map.of()));
		Object value = (this.converter instanceof SmartMessageConverter smart)
				? smart.fromMessage(message, targetType, hint) : this.converter.fromMessage(message, targetType);
		if (value == null && payload.bytes().length > 0) {
			throw new MessageConversionException(
					"No converter can read " + ((payload.contentType() != null) ? payload.contentType() : "the payload")
							+ " as " + targetType.getName());
		}
		return value;
	}

	/**
	 * The content type last parsed: the payloads of one application nearly always state
	 * the same one, so comparing the text saves a parse (or a lookup in Spring's cache)
	 * per message; another text replaces it.
	 */
	private static final class LastContentType {

		private volatile @Nullable Parsed last;

		MimeType parse(String text) {
			Parsed current = this.last;
			if (current != null && current.text().equals(text)) {
				return current.type();
			}
			MimeType type = MimeTypeUtils.parseMimeType(text);
			this.last = new Parsed(text, type);
			return type;
		}

		private record Parsed(String text, MimeType type) {
		}

	}

}
