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

import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeTypeUtils;

/**
 * Reads a frame into a {@link ByteBuffer} and writes a {@code ByteBuffer} as a frame, the
 * {@code ByteBuffer} twin of spring-messaging's {@code ByteArrayMessageConverter}. A
 * {@code ByteBuffer} asks for the raw bytes, so it is read whatever the stated content
 * type is; what it writes is {@code application/octet-stream}. Writing takes the buffer's
 * remaining bytes without moving its position.
 */
public class ByteBufferMessageConverter extends AbstractMessageConverter {

	/**
	 * Create a converter for {@code application/octet-stream}.
	 */
	public ByteBufferMessageConverter() {
		super(MimeTypeUtils.APPLICATION_OCTET_STREAM);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return ByteBuffer.class.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canConvertFrom(Message<?> message, Class<?> targetClass) {
		return supports(targetClass) && message.getPayload() instanceof byte[];
	}

	@Override
	protected @Nullable Object convertFromInternal(Message<?> message, Class<?> targetClass,
			@Nullable Object conversionHint) {
		return ByteBuffer.wrap((byte[]) message.getPayload());
	}

	@Override
	protected @Nullable Object convertToInternal(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		return toBytes((ByteBuffer) payload);
	}

	/**
	 * The remaining bytes of a buffer, without a copy when the buffer wraps a whole
	 * array.
	 * @param buffer the buffer, left unchanged
	 * @return the bytes
	 */
	static byte[] toBytes(ByteBuffer buffer) {
		if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0
				&& buffer.remaining() == buffer.array().length) {
			return buffer.array();
		}
		byte[] bytes = new byte[buffer.remaining()];
		buffer.duplicate().get(bytes);
		return bytes;
	}

}
