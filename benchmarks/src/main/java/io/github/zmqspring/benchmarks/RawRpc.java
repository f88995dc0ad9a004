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

package io.github.zmqspring.benchmarks;

import io.github.zmqspring.benchmarks.apps.Payloads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The raw JeroMQ side of the request/reply benchmarks: a ROUTER echo thread and a DEALER
 * used by the benchmark thread.
 */
@State(Scope.Benchmark)
public class RawRpc {

	private ZContext context;

	private ZContext serverContext;

	private RawPeer server;

	/** The client socket, used by the benchmark thread only. */
	public ZMQ.Socket dealer;

	@Setup(Level.Trial)
	public void start() {
		this.context = new ZContext();
		this.serverContext = new ZContext();
		this.server = RawRequestReply.startServer(this.serverContext, (socket) -> socket.bind("tcp://127.0.0.1:*"));
		this.dealer = RawRequestReply.connect(this.context, this.server.port());
		RawRequestReply.call(this.dealer, Payloads.BYTES);
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.context.destroySocket(this.dealer);
		this.server.close();
		this.context.close();
		this.serverContext.close();
	}

}
