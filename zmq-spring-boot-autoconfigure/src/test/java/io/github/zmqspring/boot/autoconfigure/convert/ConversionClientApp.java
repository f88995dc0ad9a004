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

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.boot.autoconfigure.convert.proto.Quote;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The client side of the conversion tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ConversionClientApp {

	@Bean
	SampleCsvConverter clientCsvConverter() {
		return new SampleCsvConverter("client");
	}

	/**
	 * A client of the {@code convert} ROUTER endpoint.
	 */
	@ZmqDealerClient(endpoint = "convert-client")
	public interface ConversionClient {

		@ZmqRoute("order")
		Order order(Order order);

		/** The reply to an order as it is on the wire. */
		@ZmqRoute("order")
		byte[] orderReplyBytes(Order order);

		/** An order as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] orderRequestBytes(Order order);

		@ZmqRoute("buffer")
		ByteBuffer buffer(ByteBuffer data);

		@ZmqRoute("quote")
		Quote quote(Quote quote);

		/** A quote as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] quoteRequestBytes(Quote quote);

		/** The content type a quote request arrives with. */
		@ZmqRoute("content-type")
		String contentTypeOf(Quote quote);

		/** A quote sent in Protobuf's JSON format, the content type of this method. */
		@ZmqRoute(value = "quote", contentType = "application/json")
		Quote quoteAsJson(Quote quote);

		/** A quote as the JSON method puts it on the wire, echoed back. */
		@ZmqRoute(value = "raw", contentType = "${test.quote-content-type:application/json}")
		byte[] quoteRequestBytesAsJson(Quote quote);

		/** The content type header a listener reads, and the symbol it converted. */
		@ZmqRoute(value = "content-type-header", contentType = "application/json")
		String contentTypeHeaderOf(Quote quote);

	}

	/**
	 * A client of an endpoint configured with {@code content-type: application/json}.
	 */
	@ZmqDealerClient(endpoint = "json-client")
	public interface JsonByDefaultClient {

		/** A request as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] requestBytes(String text);

		/** Raw bytes, sent as they are and labelled with the endpoint's content type. */
		@ZmqRoute("order")
		Order order(byte[] json);

		/** A Protobuf message in Protobuf's JSON format. */
		@ZmqRoute("quote")
		Quote quote(Quote quote);

		/** A Protobuf message as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] quoteRequestBytes(Quote quote);

	}

	/**
	 * A client of the same endpoint that overrides its content type.
	 */
	@ZmqDealerClient(endpoint = "json-client", contentType = "text/plain")
	public interface TextOverrideClient {

		/** A request as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] requestBytes(String text);

	}

	/**
	 * A client that sends {@code text/csv}, which only the application's converter
	 * writes.
	 */
	@ZmqDealerClient(endpoint = "convert-client", contentType = "text/csv")
	public interface CsvClient {

		@ZmqRoute("sample")
		Sample sample(Sample sample);

		/** A sample as this client puts it on the wire, echoed back. */
		@ZmqRoute("raw")
		byte[] sampleRequestBytes(Sample sample);

	}

	/**
	 * A client that labels its (raw) requests with a content type no converter reads.
	 */
	@ZmqDealerClient(endpoint = "convert-client", contentType = "application/x-unknown")
	public interface UnknownContentTypeClient {

		@ZmqRoute("order")
		Order order(byte[] body);

	}

}
