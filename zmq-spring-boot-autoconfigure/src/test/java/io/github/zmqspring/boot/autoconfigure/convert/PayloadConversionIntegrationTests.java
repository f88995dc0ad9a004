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
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.ConversionClient;
import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.CsvClient;
import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.JsonByDefaultClient;
import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.TextOverrideClient;
import io.github.zmqspring.boot.autoconfigure.convert.ConversionClientApp.UnknownContentTypeClient;
import io.github.zmqspring.boot.autoconfigure.convert.proto.Quote;
import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqStatus;
import io.github.zmqspring.test.TestSockets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Payload conversion between two Spring Boot applications over ROUTER/DEALER on
 * 127.0.0.1, both with {@code spring.jackson.property-naming-strategy=SNAKE_CASE}, and
 * raw types ({@code ByteBuffer}, multipart bodies) from plain ZeroMQ peers, per-endpoint
 * content types and Protobuf.
 */
class PayloadConversionIntegrationTests {

	private static final String SNAKE_CASE = "spring.jackson.property-naming-strategy=SNAKE_CASE";

	private static ConfigurableApplicationContext server;

	private static ConfigurableApplicationContext client;

	private static int port;

	@BeforeAll
	static void startApps() {
		// the reasons of the errors are the point here: the server sends them
		server = TestApps.run(ConversionServerApp.class, SNAKE_CASE, "zmq.listener.error.include-message=always",
				"zmq.endpoints.convert.bind=tcp://127.0.0.1:*", "zmq.endpoints.frames.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.frame-list.bind=tcp://127.0.0.1:*", "zmq.endpoints.json-replies.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.json-replies.content-type=application/json",
				"zmq.endpoints.csv-replies.bind=tcp://127.0.0.1:*", "zmq.endpoints.csv-replies.content-type=text/csv");
		port = TestApps.port(server, "convert");
		client = TestApps.run(ConversionClientApp.class, SNAKE_CASE,
				"zmq.endpoints.convert-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.convert-client.request-timeout=5s",
				"zmq.endpoints.json-client.connect=tcp://127.0.0.1:" + port,
				"zmq.endpoints.json-client.content-type=application/json");
	}

	@AfterAll
	static void stopApps() {
		client.close();
		server.close();
	}

	private static ConversionClient converting() {
		return client.getBean(ConversionClient.class);
	}

	private static Order order() {
		return new Order("o-1", Instant.parse("2026-11-23T10:15:30.123456789Z"),
				List.of(Map.of("sku", "A-1", "qty", 2, "tags", List.of("red", "big")), Map.of("sku", "B-2", "qty", 1)));
	}

	@Test
	void jsonRecordWithInstantAndNestedCollectionsRoundTrips() {
		Order reply = converting().order(order());
		assertThat(reply.orderId()).isEqualTo("o-1");
		assertThat(reply.placedAt()).isEqualTo(order().placedAt());
		assertThat(reply.lines()).hasSize(3)
			.startsWith(order().lines().get(0), order().lines().get(1))
			.endsWith(Map.of("sku", "gift", "qty", 1));
	}

	@Test
	void theApplicationJacksonSettingsApplyOnTheWireBothWays() {
		String request = new String(converting().orderRequestBytes(order()), StandardCharsets.UTF_8);
		assertThat(request).contains("\"order_id\":\"o-1\"", "\"placed_at\":").doesNotContain("orderId");
		String reply = new String(converting().orderReplyBytes(order()), StandardCharsets.UTF_8);
		assertThat(reply).contains("\"order_id\":\"o-1\"", "\"placed_at\":", "\"gift\"").doesNotContain("placedAt");
	}

	@Test
	void byteBufferPayloadsAndRepliesCarryTheRemainingBytes() {
		ByteBuffer data = ByteBuffer.wrap("xxabc".getBytes(StandardCharsets.UTF_8)).position(2);
		ByteBuffer reply = converting().buffer(data);
		assertThat(StandardCharsets.UTF_8.decode(reply).toString()).isEqualTo("cba");
		assertThat(data.position()).as("the caller's buffer is left as it was").isEqualTo(2);
	}

	@Test
	void aZMsgParameterReceivesEveryBodyFrameOfAPlainPeer() {
		ZMsg reply = plainRequest("frames", "a", "bb", "ccc");
		assertThat(reply.size()).isEqualTo(1);
		assertThat(reply.getFirst().getString(StandardCharsets.UTF_8)).isEqualTo("3:a|bb|ccc");
	}

	@Test
	void aByteArrayListParameterReceivesEveryBodyFrameOfAPlainReqPeerEvenEmptyOnes() {
		try (ZContext context = new ZContext(); ZMQ.Socket req = plainPeer(context, SocketType.REQ, "frame-list")) {
			ZMsg request = new ZMsg();
			request.add("one-");
			request.add("");
			request.add("two-");
			request.add("three");
			request.send(req);
			ZMsg reply = ZMsg.recvMsg(req);
			assertThat(reply).isNotNull();
			assertThat(reply.size()).isEqualTo(1);
			assertThat(reply.getFirst().getString(StandardCharsets.UTF_8)).isEqualTo("one-two-three");
		}
	}

	@Test
	void severalBodyFramesToAListenerWithoutAFramesParameterGetA400AndTheSocketKeepsServing() {
		ZMsg reply = plainRequest("convert", "a", "b");
		assertThat(reply.getFirst().getString(StandardCharsets.UTF_8))
			.startsWith("ERROR 400: Malformed request: expected one body frame, got 2");
		assertThat(plainRequest("convert", "one").getFirst().getString(StandardCharsets.UTF_8)).isEqualTo("text:one");
	}

	@Test
	void theEndpointContentTypeIsTheDefaultOfListenerReplies() {
		ZMsg reply = plainRequest("json-replies", "hi");
		assertThat(reply.getFirst().getString(StandardCharsets.UTF_8)).isEqualTo("\"hi\"");
	}

	@Test
	void aReplyNoConverterCanWriteInTheEndpointContentTypeIsA500() {
		ZMsg reply = plainRequest("csv-replies", "hi");
		assertThat(reply.getFirst().getString(StandardCharsets.UTF_8))
			.isEqualTo("ERROR 500: MessageConversionException: No converter can write java.lang.String as text/csv");
	}

	@Test
	void theEndpointContentTypeIsTheDefaultOfClientRequestsAndTheAnnotationOverridesIt() {
		assertThat(client.getBean(JsonByDefaultClient.class).requestBytes("hi")).asString(StandardCharsets.UTF_8)
			.isEqualTo("\"hi\"");
		assertThat(client.getBean(TextOverrideClient.class).requestBytes("hi")).asString(StandardCharsets.UTF_8)
			.isEqualTo("hi");
	}

	@Test
	void aRequestInAContentTypeNoConverterReadsGetsA415() {
		byte[] json = converting().orderRequestBytes(order());
		assertThatExceptionOfType(ZmqRemoteException.class)
			.isThrownBy(() -> client.getBean(UnknownContentTypeClient.class).order(json))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(ZmqStatus.UNSUPPORTED_MEDIA_TYPE);
				assertThat(ex.getRemoteMessage())
					.startsWith("Unsupported content type 'application/x-unknown' on endpoint 'convert'");
			});
		assertThat(converting().order(order()).orderId()).as("the endpoint keeps serving").isEqualTo("o-1");
	}

	@Test
	void aRequestWhoseContentTypeIsNotAMimeTypeGetsA415() {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = plainPeer(context, SocketType.DEALER, "convert")) {
			ZMsg request = new ZMsg();
			request.add(new byte[0]);
			request.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(7, "order", "not-a-mime-type", Map.of())));
			request.add(converting().orderRequestBytes(order()));
			request.send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).isNotNull();
			assertThat(reply.pop().size()).as("delimiter").isZero();
			ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(reply.pop().getData());
			assertThat(envelope.kind()).isEqualTo(ZmqMessageKind.ERROR);
			assertThat(envelope.correlationId()).isEqualTo(7);
			assertThat(envelope.status()).isEqualTo(ZmqStatus.UNSUPPORTED_MEDIA_TYPE);
			assertThat(reply.getLast().getString(StandardCharsets.UTF_8))
				.startsWith("Unsupported content type 'not-a-mime-type' on endpoint 'convert'");
		}
	}

	@Test
	void anUnreadablePayloadInASupportedContentTypeIsStillA400() {
		assertThatExceptionOfType(ZmqRemoteException.class)
			.isThrownBy(
					() -> client.getBean(JsonByDefaultClient.class).order("{not json".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(ZmqStatus.BAD_REQUEST));
	}

	@Test
	void anApplicationMessageConverterBeanIsUsedOnBothSides() {
		CsvClient csv = client.getBean(CsvClient.class);
		assertThat(csv.sampleRequestBytes(new Sample("a", 1))).asString(StandardCharsets.UTF_8).isEqualTo("client:a,1");
		assertThat(csv.sample(new Sample("a", 1))).as("read as text/csv by the server's converter, replied in JSON")
			.isEqualTo(new Sample("a!", 2));
	}

	@Test
	void protobufMessagesRoundTripAsApplicationXProtobuf() throws Exception {
		Quote quote = Quote.newBuilder()
			.setSymbol("ZMQ")
			.setPriceMicros(1_500_000)
			.addVenues("xnas")
			.putSizes("bid", 100)
			.build();
		Quote reply = converting().quote(quote);
		assertThat(reply.getSymbol()).isEqualTo("ZMQ");
		assertThat(reply.getPriceMicros()).isEqualTo(3_000_000);
		assertThat(reply.getVenuesList()).containsExactly("xnas", "zmq");
		assertThat(reply.getSizesMap()).containsEntry("bid", 100L);
		assertThat(Quote.parseFrom(converting().quoteRequestBytes(quote))).as("protobuf binary on the wire")
			.isEqualTo(quote);
		assertThat(converting().contentTypeOf(quote)).startsWith("application/x-protobuf");
	}

	@Test
	void protobufMessagesTravelInProtobufsJsonFormatWhenTheContentTypeIsJson() {
		Quote quote = Quote.newBuilder().setSymbol("ZMQ").setPriceMicros(1_500_000).build();
		JsonByDefaultClient json = client.getBean(JsonByDefaultClient.class);
		String wire = new String(json.quoteRequestBytes(quote), StandardCharsets.UTF_8);
		assertThat(wire).contains("\"symbol\": \"ZMQ\"").contains("\"priceMicros\": \"1500000\"");
		assertThat(json.quote(quote).getPriceMicros()).isEqualTo(3_000_000);
	}

	@Test
	void aMethodsContentTypeOverridesTheClientsAndTheServerConvertsByIt() {
		Quote quote = Quote.newBuilder().setSymbol("ZMQ").setPriceMicros(1_500_000).build();
		String wire = new String(converting().quoteRequestBytesAsJson(quote), StandardCharsets.UTF_8);
		assertThat(wire).as("Protobuf's JSON format on the wire")
			.contains("\"symbol\": \"ZMQ\"")
			.contains("\"priceMicros\": \"1500000\"");
		assertThat(converting().quoteAsJson(quote).getPriceMicros()).isEqualTo(3_000_000);
		assertThat(converting().contentTypeHeaderOf(quote)).as("the envelope's content type, read by the listener")
			.isEqualTo("application/json ZMQ");
		assertThat(converting().contentTypeOf(quote)).as("the client's other methods")
			.startsWith("application/x-protobuf");
	}

	@Test
	void theContentTypeHeaderIsTheEnvelopesAndNoUserHeaderPosesAsIt() throws Exception {
		Quote quote = Quote.newBuilder().setSymbol("RAW").build();
		assertThat(envelopeRequest("content-type-header", "application/x-protobuf", Map.of("x-user", "ann"),
				quote.toByteArray()))
			.isEqualTo("application/x-protobuf RAW");
		assertThat(envelopeRequest("content-type-header", "application/x-protobuf",
				Map.of(MessageHeaders.CONTENT_TYPE, "application/json"), quote.toByteArray()))
			.isEqualTo("application/x-protobuf RAW");
		assertThat(
				envelopeRequest("content-type", null, Map.of(MessageHeaders.CONTENT_TYPE, "text/spoofed"), new byte[0]))
			.as("a user header named like the content type is left out")
			.isEqualTo("null");
	}

	/**
	 * Send a request with an envelope from a raw DEALER and return the reply's text.
	 */
	private static String envelopeRequest(String route, @Nullable String contentType, Map<String, String> headers,
			byte[] body) {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = plainPeer(context, SocketType.DEALER, "convert")) {
			ZMsg request = new ZMsg();
			request.add(new byte[0]);
			request.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(9, route, contentType, headers)));
			request.add(body);
			request.send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).isNotNull();
			assertThat(reply.pop().size()).as("delimiter").isZero();
			assertThat(ZmqEnvelopeCodec.decode(reply.pop().getData()).kind()).isEqualTo(ZmqMessageKind.REPLY);
			return reply.pop().getString(StandardCharsets.UTF_8);
		}
	}

	/**
	 * Send frames from a plain DEALER (no envelope) and wait for the reply.
	 */
	private static ZMsg plainRequest(String endpoint, String... frames) {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = plainPeer(context, SocketType.DEALER, endpoint)) {
			ZMsg request = new ZMsg();
			for (String frame : frames) {
				request.add(frame);
			}
			request.send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).as("reply from " + endpoint).isNotNull();
			return reply;
		}
	}

	/**
	 * A plain ZeroMQ socket connected to an endpoint of the server. A short handshake
	 * interval recovers JeroMQ's rare stalled loopback handshake (see
	 * {@code docs/internals/jeromq-0.6.0.md}) well within the receive timeout.
	 */
	private static ZMQ.Socket plainPeer(ZContext context, SocketType type, String endpoint) {
		ZMQ.Socket socket = TestSockets.create(context, type);
		socket.setReceiveTimeOut(10_000);
		socket.connect("tcp://127.0.0.1:" + TestApps.port(server, endpoint));
		return socket;
	}

}
