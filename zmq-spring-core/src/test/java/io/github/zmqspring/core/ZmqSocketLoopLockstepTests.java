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

package io.github.zmqspring.core;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMsg;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A REP loop whose handler replies from another thread must never read the next request
 * before its reply has gone out (ZeroMQ's REP state machine would fail the read).
 */
class ZmqSocketLoopLockstepTests {

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private final ZContext context = new ZContext();

	@AfterEach
	void close() {
		this.handlers.shutdownNow();
		this.context.close();
	}

	@Test
	void aRepLoopAnswersBackToBackRequestsFromAnotherThreadWithoutReadingAhead() throws InterruptedException {
		ZmqSocketLoop[] server = new ZmqSocketLoop[1];
		server[0] = new ZmqSocketLoop(this.context,
				ZmqEndpointDefinition.builder("rep").type(SocketType.REP).bind(List.of("tcp://127.0.0.1:*")).build(),
				ZmqEndpointRole.LISTENER, List.of(), (message, done) -> this.handlers.execute(() -> {
					server[0].send(message);
					done.run();
				}), 1);
		server[0].start();
		BlockingQueue<ZMsg> replies = new ArrayBlockingQueue<>(1000);
		ZmqSocketLoop client = new ZmqSocketLoop(this.context,
				ZmqEndpointDefinition.builder("dealer")
					.type(SocketType.DEALER)
					.connect(server[0].getBoundAddresses())
					.build(),
				ZmqEndpointRole.CLIENT, List.of(), (message, done) -> {
					replies.add(message);
					done.run();
				}, 1000);
		client.start();
		for (int i = 0; i < 500; i++) {
			ZMsg request = new ZMsg();
			request.add(new byte[0]);
			request.add("r" + i);
			client.send(request);
		}
		for (int i = 0; i < 500; i++) {
			ZMsg reply = replies.poll(5, TimeUnit.SECONDS);
			assertThat(reply).as("reply %d", i).isNotNull();
			assertThat(reply.getLast().toString()).isEqualTo("r" + i);
		}
		assertThat(server[0].getState()).isEqualTo(ZmqEndpointState.RUNNING);
		client.stop();
		server[0].stop();
	}

}
