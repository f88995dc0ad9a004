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

package io.github.zmqspring.boot.autoconfigure.convert;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.util.MimeType;

/**
 * An application converter of the conversion tests: {@link Sample} as {@code text/csv},
 * only when that content type is asked for. What it writes starts with its name, so tests
 * can tell which of several converters wrote a payload.
 */
public class SampleCsvConverter extends AbstractMessageConverter {

	private final String name;

	/**
	 * Create a converter.
	 * @param name the name written before each value
	 */
	public SampleCsvConverter(String name) {
		super(new MimeType("text", "csv"));
		this.name = name;
		setStrictContentTypeMatch(true);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return clazz == Sample.class;
	}

	@Override
	protected Object convertFromInternal(Message<?> message, Class<?> targetClass, @Nullable Object conversionHint) {
		String text = new String((byte[]) message.getPayload(), StandardCharsets.UTF_8);
		String[] fields = text.substring(text.indexOf(':') + 1).split(",");
		return new Sample(fields[0], Integer.parseInt(fields[1]));
	}

	@Override
	protected Object convertToInternal(Object payload, @Nullable MessageHeaders headers,
			@Nullable Object conversionHint) {
		Sample sample = (Sample) payload;
		return (this.name + ":" + sample.name() + "," + sample.count()).getBytes(StandardCharsets.UTF_8);
	}

}
