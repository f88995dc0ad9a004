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

package io.github.zmqspring.boot.autoconfigure.requestreply;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.core.ZmqDropReason;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqMessageKind;
import io.github.zmqspring.protocol.ZmqStatus;
import io.github.zmqspring.test.TestSockets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.handler.annotation.Header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What a remote peer learns from an error reply, read frame by frame by raw JeroMQ DEALER
 * (envelope) and REQ (plain ZeroMQ) peers: with the defaults, the status and a fixed
 * text, no class name, route list, rejected value or exception message (those go to the
 * log); with {@code zmq.listener.error.include-message=always} and
 * {@code include-binding-errors=always}, the details.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorReplyIntegrationTests {

	private static final String SECRET = "db-password=hunter2-AKIAIOSFODNN7EXAMPLE";

	private static final String REJECTED = "rejected-value-7731";

	/** Undecodable: {@code lines} must be a list of {@code Line}. */
	private static final String BAD_JSON = "{\"customer\":\"ann\",\"lines\":\"several\",\"quantity\":1}";

	private static final String EVERY_REJECTION_LOGGED = "logging.level.io.github.zmqspring.core."
			+ "ZmqEndpointStatistics=DEBUG";

	private static ConfigurableApplicationContext defaults;

	private static ConfigurableApplicationContext detailed;

	@BeforeAll
	static void startApps() {
		// every rejection logged (not only the first within 10 s), whatever order the
		// tests run in
		defaults = TestApps.run(ErrorApp.class, "zmq.endpoints.errors.bind=tcp://127.0.0.1:*", EVERY_REJECTION_LOGGED);
		detailed = TestApps.run(ErrorApp.class, "zmq.endpoints.errors.bind=tcp://127.0.0.1:*", EVERY_REJECTION_LOGGED,
				"zmq.listener.error.include-message=always", "zmq.listener.error.include-binding-errors=always");
	}

	@AfterAll
	static void stopApps() {
		detailed.close();
		defaults.close();
	}

	@Test
	void whenTheRouteIsUnknownThenThePeerGetsA404WithoutTheRouteList(CapturedOutput output) {
		Reply reply = request(defaults, "nope", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.NOT_FOUND);
		assertThat(reply.text()).isEqualTo("No handler for route");
		assertThat(reply.allFrames()).doesNotContain("order", "fail", "routes");
		assertThat(output).contains("No handler for route 'nope' on endpoint 'errors' (routes: [");
	}

	@Test
	void whenAOneWayMessageNamesAnUnknownRouteOrIsMalformedThenItIsDroppedWithoutAReply(CapturedOutput output) {
		ZmqEndpointStatistics statistics = defaults.getBean(ZmqEndpointRegistry.class)
			.getRequiredEndpoint("errors")
			.getStatistics();
		long noHandler = statistics.getDropped(ZmqDropReason.NO_HANDLER);
		long malformed = statistics.getDropped(ZmqDropReason.MALFORMED);
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = TestSockets.create(context, SocketType.DEALER)) {
			dealer.setReceiveTimeOut(10_000);
			dealer.connect("tcp://127.0.0.1:" + TestApps.port(defaults, "errors"));
			ZMsg oneWay = new ZMsg();
			oneWay.add(new byte[0]);
			oneWay.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.message("nowhere", null, Map.of())));
			oneWay.add("x");
			oneWay.send(dealer);
			ZMsg twoFrames = new ZMsg();
			twoFrames.add(new byte[0]);
			twoFrames.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.message("fail", null, Map.of())));
			twoFrames.add("one");
			twoFrames.add("two");
			twoFrames.send(dealer);
			envelopeRequest("nope", null, "x").send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).as("reply").isNotNull();
			ZmqEnvelope first = ZmqEnvelopeCodec.decode(reply.stream().map(ZFrame::getData).toList().get(1));
			assertThat(first.correlationId()).as("the first reply answers the request, not the one-way message")
				.isEqualTo(7L);
			assertThat(first.status()).isEqualTo(ZmqStatus.NOT_FOUND);
		}
		// the one-way messages are settled on handler threads, maybe after the later
		// request
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(statistics.getDropped(ZmqDropReason.NO_HANDLER)).isEqualTo(noHandler + 2);
			assertThat(statistics.getDropped(ZmqDropReason.MALFORMED)).isEqualTo(malformed + 1);
		});
		assertThat(output).contains("dropped a message (no-handler): no listener for one-way message to 'nowhere'");
	}

	@Test
	void whenARequiredHeaderIsMissingThenThePeerGetsA400(CapturedOutput output) {
		Reply reply = request(defaults, "header", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).isEqualTo("Bad request");
		assertThat(output).contains("rejected a request: route 'header' answered 400: Missing header 'x'");
	}

	@Test
	void whenMessagesAreIncludedThenA400NamesTheMissingHeader() {
		Reply reply = request(detailed, "header", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).startsWith("Missing header 'x'").doesNotContain("Exception", "ErrorService");
	}

	@Test
	void whenMessagesAreIncludedThenA404ListsTheRoutes() {
		Reply reply = request(detailed, "nope", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.NOT_FOUND);
		assertThat(reply.text()).startsWith("No handler for route 'nope' on endpoint 'errors' (routes: [")
			.contains("order", "fail");
	}

	@Test
	void whenJsonCannotBeConvertedThenThePeerGetsA400WithoutClassNames(CapturedOutput output) {
		Reply reply = request(defaults, "order", "application/json", BAD_JSON);
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).isEqualTo("Invalid payload");
		assertThat(reply.allFrames()).doesNotContain("java.", "Line", "$", "Exception", "deserialize");
		assertThat(output).contains("rejected a request: route 'order' answered 400: MessageConversionException")
			.contains("ErrorReplyIntegrationTests$Line");
	}

	@Test
	void whenMessagesAreIncludedThenA400NamesTheConversionFailure() {
		Reply reply = request(detailed, "order", "application/json", BAD_JSON);
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).startsWith("MessageConversionException: ")
			.contains("Cannot deserialize value of type `java.util.ArrayList<")
			.contains("ErrorReplyIntegrationTests$Line>`");
	}

	@Test
	void whenValidationFailsThenThePeerGetsA400WithoutTheRejectedValue(CapturedOutput output) {
		Reply reply = request(defaults, "order", "application/json", invalidOrder());
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).isEqualTo("Invalid payload");
		assertThat(reply.allFrames()).doesNotContain(REJECTED, "customer");
		assertThat(output).contains("answered 400: Invalid order: customer ").contains("(was " + REJECTED + ")");
	}

	@Test
	void whenBindingErrorsAreIncludedThenA400NamesTheFieldAndRejectedValue() {
		Reply reply = request(detailed, "order", "application/json", invalidOrder());
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).startsWith("Invalid order: customer ").endsWith("(was " + REJECTED + ")");
	}

	@Test
	void whenTheHandlerThrowsThenThePeerGetsA500WithoutTheExceptionMessage(CapturedOutput output) {
		Reply reply = request(defaults, "fail", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.INTERNAL_ERROR);
		assertThat(reply.text()).isEqualTo("Internal error");
		assertThat(reply.allFrames()).doesNotContain(SECRET, "hunter2", "IllegalStateException");
		assertThat(output)
			.contains("Endpoint 'errors' route 'fail' failed, answered 500: IllegalStateException: " + SECRET)
			.contains("java.lang.IllegalStateException: " + SECRET);
	}

	@Test
	void whenMessagesAreIncludedThenA500CarriesTheExceptionMessage() {
		Reply reply = request(detailed, "fail", null, "x");
		assertThat(reply.status()).isEqualTo(ZmqStatus.INTERNAL_ERROR);
		assertThat(reply.text()).isEqualTo("IllegalStateException: " + SECRET);
	}

	@Test
	void whenTheContentTypeIsNotSupportedThenThePeerGetsA415() {
		assertThat(request(defaults, "order", "application/x-nope", "x"))
			.satisfies((reply) -> assertThat(reply.status()).isEqualTo(ZmqStatus.UNSUPPORTED_MEDIA_TYPE))
			.satisfies((reply) -> assertThat(reply.text()).isEqualTo("Unsupported content type"));
		assertThat(request(detailed, "order", "application/x-nope", "x").text())
			.startsWith("Unsupported content type 'application/x-nope' on endpoint 'errors': ");
	}

	@Test
	void whenTheRequestIsMalformedThenThePeerGetsA400WithoutTheReason() {
		Reply reply = exchange(defaults, twoFrames());
		assertThat(reply.status()).isEqualTo(ZmqStatus.BAD_REQUEST);
		assertThat(reply.text()).isEqualTo("Malformed request");
		assertThat(exchange(detailed, twoFrames()).text())
			.startsWith("Malformed request: expected one body frame, got 2");
	}

	private static ZMsg twoFrames() {
		ZMsg request = envelopeRequest("fail", null, "one");
		request.add("two");
		return request;
	}

	@Test
	void aPlainZeroMqPeerGetsTheSameFixedTextInItsErrorFrame() {
		assertThat(plainRequest(defaults)).containsExactly("ERROR 500: Internal error");
		assertThat(plainRequest(detailed)).containsExactly("ERROR 500: IllegalStateException: " + SECRET);
	}

	@Test
	void aClientsRemoteExceptionCarriesWhatTheServerSent() {
		try (ConfigurableApplicationContext client = TestApps.run(ClientApp.class,
				"zmq.endpoints.errors-client.connect=tcp://127.0.0.1:" + TestApps.port(defaults, "errors"))) {
			ZmqOperations template = client.getBean(ZmqOperations.class);
			assertThatExceptionOfType(ZmqRemoteException.class)
				.isThrownBy(() -> template.request("errors-client", "fail", "x", String.class))
				.satisfies((ex) -> {
					assertThat(ex.getStatus()).isEqualTo(ZmqStatus.INTERNAL_ERROR);
					assertThat(ex.getRemoteMessage()).isEqualTo("Internal error");
				});
			assertThat(template.request("errors-client", "order", new Order("ann", List.of(new Line("book", 2)), 1),
					String.class))
				.isEqualTo("ok: 1 x ann");
		}
	}

	private static String invalidOrder() {
		return "{\"customer\":\"" + REJECTED + "\",\"lines\":[{\"sku\":\"book\",\"count\":2}],\"quantity\":1}";
	}

	private static Reply request(ConfigurableApplicationContext app, String route, @Nullable String contentType,
			String body) {
		return exchange(app, envelopeRequest(route, contentType, body));
	}

	private static ZMsg envelopeRequest(String route, @Nullable String contentType, String body) {
		ZMsg request = new ZMsg();
		request.add(new byte[0]);
		request.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(7, route, contentType, Map.of())));
		request.add(body);
		return request;
	}

	/**
	 * Send a request from a raw DEALER and read the reply's frames as they arrived.
	 */
	private static Reply exchange(ConfigurableApplicationContext app, ZMsg request) {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = TestSockets.create(context, SocketType.DEALER)) {
			dealer.setReceiveTimeOut(10_000);
			dealer.connect("tcp://127.0.0.1:" + TestApps.port(app, "errors"));
			request.send(dealer);
			ZMsg reply = ZMsg.recvMsg(dealer);
			assertThat(reply).as("reply").isNotNull();
			assertThat(reply.size()).as("delimiter, envelope, text").isEqualTo(3);
			assertThat(reply.getFirst().size()).isZero();
			List<byte[]> frames = reply.stream().map(ZFrame::getData).toList();
			ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(frames.get(1));
			assertThat(envelope.kind()).isEqualTo(ZmqMessageKind.ERROR);
			assertThat(envelope.correlationId()).isIn(0L, 7L);
			StringBuilder all = new StringBuilder();
			for (byte[] frame : frames) {
				all.append(new String(frame, StandardCharsets.ISO_8859_1)).append('\n');
			}
			return new Reply(envelope.status(), new String(frames.get(2), StandardCharsets.UTF_8), all.toString());
		}
	}

	/**
	 * Send one frame from a raw REQ (no envelope: the empty route serves it).
	 */
	private static List<String> plainRequest(ConfigurableApplicationContext app) {
		try (ZContext context = new ZContext(); ZMQ.Socket req = TestSockets.create(context, SocketType.REQ)) {
			req.setReceiveTimeOut(10_000);
			req.connect("tcp://127.0.0.1:" + TestApps.port(app, "errors"));
			req.send("x");
			ZMsg reply = ZMsg.recvMsg(req);
			assertThat(reply).as("reply").isNotNull();
			return reply.stream().map((frame) -> frame.getString(StandardCharsets.UTF_8)).toList();
		}
	}

	/**
	 * An error reply as it arrived.
	 *
	 * @param status the envelope's status
	 * @param text the text frame
	 * @param allFrames every frame, envelope included, as text
	 */
	record Reply(int status, String text, String allFrames) {
	}

	/**
	 * An order with a nested generic type.
	 *
	 * @param customer who orders: lower-case letters
	 * @param lines what
	 * @param quantity how many times, at least one
	 */
	record Order(@Pattern(regexp = "[a-z]+") String customer, @Valid List<Line> lines, @Min(1) int quantity) {
	}

	/**
	 * One line of an order.
	 *
	 * @param sku the product
	 * @param count how many
	 */
	record Line(String sku, int count) {
	}

	/**
	 * The listeners of endpoint {@code errors}.
	 */
	static class ErrorService {

		@ZmqRouterListener(endpoint = "errors", route = "order")
		String order(@Valid Order order) {
			return "ok: " + order.quantity() + " x " + order.customer();
		}

		@ZmqRouterListener(endpoint = "errors", route = "fail")
		String fail(String text) {
			throw new IllegalStateException(SECRET);
		}

		@ZmqRouterListener(endpoint = "errors", route = "header")
		String header(String text, @Header("x") String x) {
			return text + x;
		}

		@ZmqRouterListener(endpoint = "errors")
		String plain(String text) {
			throw new IllegalStateException(SECRET);
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ErrorApp {

		@Bean
		ErrorService errorService() {
			return new ErrorService();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ClientApp {

	}

}
