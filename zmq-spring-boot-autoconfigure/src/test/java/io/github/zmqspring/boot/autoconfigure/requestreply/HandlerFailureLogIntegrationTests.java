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

import java.util.Map;

import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqStatus;
import io.github.zmqspring.test.TestSockets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener method that fails is a 500 for the peer and a line in the server's log;
 * since a peer can make a method fail as often as it likes, the log is rate-limited like
 * the other peer-triggered logs: one WARN per 10 s per endpoint, every failure with its
 * stack trace at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class HandlerFailureLogIntegrationTests {

	private static final String FAILURE = "route 'fail' failed";

	@Test
	void whenAHundredRequestsFailThenOneWarningIsLogged(CapturedOutput output) {
		try (ConfigurableApplicationContext app = TestApps.run(ErrorReplyIntegrationTests.ErrorApp.class,
				"zmq.endpoints.errors.bind=tcp://127.0.0.1:*")) {
			failHundredTimes(app);
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains(FAILURE) && line.contains(" WARN ")))
			.hasSize(1)
			.allSatisfy((line) -> assertThat(line)
				.contains("further handler failures within 10s are logged at " + "DEBUG only"));
		assertThat(output.getOut().lines().filter((line) -> line.contains(FAILURE))).hasSize(1);
	}

	@Test
	void whenDebugIsEnabledThenEveryFailureIsLoggedWithItsStackTrace(CapturedOutput output) {
		try (ConfigurableApplicationContext app = TestApps.run(ErrorReplyIntegrationTests.ErrorApp.class,
				"zmq.endpoints.errors.bind=tcp://127.0.0.1:*",
				"logging.level.io.github.zmqspring.core.ZmqEndpointStatistics=DEBUG")) {
			failHundredTimes(app);
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains(FAILURE))).hasSize(100);
		assertThat(output.getOut()
			.lines()
			.filter((line) -> line.contains("at io.github.zmqspring.boot.autoconfigure"
					+ ".requestreply.ErrorReplyIntegrationTests$ErrorService.fail(")))
			.hasSize(100);
	}

	private static void failHundredTimes(ConfigurableApplicationContext app) {
		try (ZContext context = new ZContext(); ZMQ.Socket dealer = TestSockets.create(context, SocketType.DEALER)) {
			dealer.setReceiveTimeOut(10_000);
			dealer.connect("tcp://127.0.0.1:" + TestApps.port(app, "errors"));
			for (int i = 1; i <= 100; i++) {
				ZMsg request = new ZMsg();
				request.add(new byte[0]);
				request.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.request(i, "fail", null, Map.of())));
				request.add("x");
				request.send(dealer);
				ZMsg reply = ZMsg.recvMsg(dealer);
				assertThat(reply).as("reply %d", i).isNotNull();
				ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(reply.stream().map(ZFrame::getData).toList().get(1));
				assertThat(envelope.status()).isEqualTo(ZmqStatus.INTERNAL_ERROR);
			}
		}
	}

}
