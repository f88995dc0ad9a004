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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.convert.proto.Quote;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Headers;

/**
 * The server side of the conversion tests: the ROUTER endpoints {@code convert} (several
 * routes), {@code json-replies} and {@code csv-replies} (configured to reply in JSON and
 * in CSV), {@code frames} and {@code frame-list} (multipart requests of plain peers).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConversionServerApp {

	@Bean
	ConversionService conversionService() {
		return new ConversionService();
	}

	@Bean
	SampleCsvConverter serverCsvConverter() {
		return new SampleCsvConverter("server");
	}

	/**
	 * The listener methods.
	 */
	static class ConversionService {

		@ZmqRouterListener(endpoint = "convert", route = "order")
		Order order(Order order) {
			List<Map<String, Object>> lines = new ArrayList<>(order.lines());
			lines.add(Map.of("sku", "gift", "qty", 1));
			return new Order(order.orderId(), order.placedAt(), lines);
		}

		@ZmqRouterListener(endpoint = "convert", route = "raw")
		byte[] raw(byte[] body) {
			return body;
		}

		@ZmqRouterListener(endpoint = "convert")
		String text(String body) {
			return "text:" + body;
		}

		/**
		 * Replies with the request's bytes reversed, as a buffer positioned past a
		 * prefix.
		 */
		@ZmqRouterListener(endpoint = "convert", route = "buffer")
		ByteBuffer buffer(ByteBuffer body) {
			byte[] reply = new byte[body.remaining() + 2];
			for (int i = 0; i < body.remaining(); i++) {
				reply[reply.length - 1 - i] = body.get(body.position() + i);
			}
			return ByteBuffer.wrap(reply).position(2);
		}

		@ZmqRouterListener(endpoint = "convert", route = "sample")
		Sample sample(Sample sample) {
			return new Sample(sample.name() + "!", sample.count() + 1);
		}

		@ZmqRouterListener(endpoint = "convert", route = "quote")
		Quote quote(Quote quote) {
			return quote.toBuilder().setPriceMicros(quote.getPriceMicros() * 2).addVenues("zmq").build();
		}

		@ZmqRouterListener(endpoint = "convert", route = "content-type")
		String contentTypeOf(@Headers Map<String, Object> headers) {
			return String.valueOf(headers.get(MessageHeaders.CONTENT_TYPE));
		}

		@ZmqRouterListener(endpoint = "convert", route = "content-type-header")
		String contentTypeHeader(Quote quote,
				@Header(name = MessageHeaders.CONTENT_TYPE, required = false) @Nullable String contentType) {
			return contentType + " " + quote.getSymbol();
		}

		@ZmqRouterListener(endpoint = "json-replies")
		String jsonReply(String body) {
			return body;
		}

		@ZmqRouterListener(endpoint = "csv-replies")
		String csvReply(String body) {
			return body;
		}

		@ZmqRouterListener(endpoint = "frames")
		String frames(ZMsg frames) {
			return frames.size() + ":"
					+ frames.stream()
						.map((frame) -> frame.getString(StandardCharsets.UTF_8))
						.collect(Collectors.joining("|"));
		}

		@ZmqRouterListener(endpoint = "frame-list")
		byte[] frameList(List<byte[]> frames) {
			int length = frames.stream().mapToInt((frame) -> frame.length).sum();
			ByteBuffer joined = ByteBuffer.allocate(length);
			frames.forEach(joined::put);
			return joined.array();
		}

	}

}
