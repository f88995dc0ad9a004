package io.github.zmqspring.convert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.converter.SmartMessageConverter;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * Turns objects into frame bytes and back with a spring-messaging {@link MessageConverter},
 * choosing the converter by content type and Java type. Raw bytes ({@code byte[]} and
 * {@link ByteBuffer}) are already serialized: they pass through unchanged and are labelled
 * with the requested content type, {@code application/octet-stream} when none is requested.
 *
 * @author zmq-spring-boot
 */
public final class ZmqPayloadConverter {

	private static final String OCTET_STREAM = "application/octet-stream";

	private final MessageConverter converter;

	/**
	 * Create a converter.
	 * @param converter the message converter, usually a composite
	 */
	public ZmqPayloadConverter(MessageConverter converter) {
		this.converter = converter;
	}

	/** @return the underlying message converter */
	public MessageConverter getMessageConverter() {
		return this.converter;
	}

	/**
	 * Whether some converter of the chain reads or writes a content type. A converter that
	 * does not declare its content types (not an {@link AbstractMessageConverter}) is
	 * assumed to support any.
	 * @param contentType the content type as stated on the wire
	 * @return {@code false} when the value is not a valid MIME type or no converter declares
	 * a type compatible with it
	 */
	public boolean supportsContentType(String contentType) {
		MimeType type;
		try {
			type = MimeTypeUtils.parseMimeType(contentType);
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
	 * @param contentType the wanted content type, or {@code null} to let the converter choose
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
		MessageHeaders headers = (contentType != null)
				? new MessageHeaders(Map.of(MessageHeaders.CONTENT_TYPE, contentType)) : null;
		Message<?> message = this.converter.toMessage(value, headers);
		if (message == null) {
			throw new MessageConversionException("No converter can write " + value.getClass().getName()
					+ ((contentType != null) ? " as " + contentType : ""));
		}
		Object payload = message.getPayload();
		byte[] bytes = (payload instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
				: (byte[]) payload;
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
		Map<String, Object> headers = (payload.contentType() != null)
				? Map.of(MessageHeaders.CONTENT_TYPE, MimeType.valueOf(payload.contentType())) : Map.of();
		Message<byte[]> message = new GenericMessage<>(payload.bytes(), headers);
		Object value = (this.converter instanceof SmartMessageConverter smart)
				? smart.fromMessage(message, targetType, hint) : this.converter.fromMessage(message, targetType);
		if (value == null && payload.bytes().length > 0) {
			throw new MessageConversionException("No converter can read "
					+ ((payload.contentType() != null) ? payload.contentType() : "the payload") + " as "
					+ targetType.getName());
		}
		return value;
	}

}
