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

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.util.ClassUtils;

/**
 * The default converter chain, tried in this order: raw bytes ({@code byte[]} and
 * {@link java.nio.ByteBuffer}, {@code application/octet-stream}), UTF-8 text
 * ({@code String}, {@code text/plain}), the application's converters, Protobuf
 * ({@code application/x-protobuf}, {@link ZmqProtobufMessageConverter}) when
 * {@code protobuf-java} is on the classpath, then JSON
 * ({@link ZmqJacksonJsonMessageConverter}) through Jackson when it is on the classpath.
 * The first converter that accepts the Java type and content type wins.
 */
public final class ZmqMessageConverters {

	private static final boolean PROTOBUF_PRESENT = ClassUtils.isPresent("com.google.protobuf.Message",
			ZmqMessageConverters.class.getClassLoader());

	private static final boolean JACKSON_PRESENT = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper",
			ZmqMessageConverters.class.getClassLoader());

	private ZmqMessageConverters() {
	}

	/**
	 * Build the chain.
	 * @param applicationConverters converters to try after the raw and text converters
	 * and before Protobuf and JSON, in order
	 * @param json the JSON converter to use (for example one built on the application's
	 * {@code JsonMapper}), or {@code null} for a default one when Jackson is present
	 * @return the composite converter
	 */
	public static CompositeMessageConverter create(List<? extends MessageConverter> applicationConverters,
			@Nullable MessageConverter json) {
		List<MessageConverter> converters = new ArrayList<>();
		converters.add(new ByteArrayMessageConverter());
		converters.add(new ByteBufferMessageConverter());
		converters.add(new StringMessageConverter());
		converters.addAll(applicationConverters);
		if (PROTOBUF_PRESENT) {
			converters.add(new ZmqProtobufMessageConverter());
		}
		if (json != null) {
			converters.add(json);
		}
		else if (JACKSON_PRESENT) {
			converters.add(new ZmqJacksonJsonMessageConverter());
		}
		return new CompositeMessageConverter(converters);
	}

	/**
	 * Build the default chain.
	 * @return the composite converter
	 */
	public static CompositeMessageConverter createDefault() {
		return create(List.of(), null);
	}

}
