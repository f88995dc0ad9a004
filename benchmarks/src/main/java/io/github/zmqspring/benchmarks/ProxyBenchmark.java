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

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.benchmarks.apps.Arrivals;
import io.github.zmqspring.benchmarks.apps.Payloads;
import io.github.zmqspring.benchmarks.apps.proxy.ProxyApp;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 6a: one hop through a proxy configured under {@code zmq.proxies}, against a
 * direct link and against JeroMQ's {@code ZMQ.proxy}. The peers are raw JeroMQ in all
 * three, so only the hop differs: a queue proxy (ROUTER/DEALER) between a DEALER keeping
 * {@value RequestReplyBenchmark#WINDOW} requests in flight and a ROUTER echo (round trips
 * per second), and a forwarder (XSUB/XPUB) between a PUB and a SUB (messages per second).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProxyBenchmark {

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void queueDirect(QueueDirect link, Blackhole blackhole) {
		link.batch(blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void queueStarterProxy(QueueViaStarter link, Blackhole blackhole) {
		link.batch(blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(RequestReplyBenchmark.BATCH)
	public void queueJeromqProxy(QueueViaJeromq link, Blackhole blackhole) {
		link.batch(blackhole);
	}

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void forwarderDirect(ForwarderDirect link) {
		link.batch();
	}

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void forwarderStarterProxy(ForwarderViaStarter link) {
		link.batch();
	}

	@Benchmark
	@OperationsPerInvocation(OneWay.BATCH)
	public void forwarderJeromqProxy(ForwarderViaJeromq link) {
		link.batch();
	}

	/**
	 * What lies between the two raw peers: nothing, or a proxy.
	 *
	 * @param backend the address the server side connects to, or {@code null} when it
	 * binds (direct link)
	 * @param frontendPort the port the client side connects to, or 0 for the server's own
	 * @param closer stops the proxy
	 */
	record Hop(@Nullable String backend, int frontendPort, AutoCloseable closer) {

		static Hop direct() {
			return new Hop(null, 0, () -> {
			});
		}

		/**
		 * A proxy from {@code zmq.proxies} in its own application, bound to random ports.
		 */
		static Hop starter(String type) {
			String prefix = "zmq.proxies.hop.";
			ConfigurableApplicationContext app = BenchApps.run(ProxyApp.class, prefix + "type=" + type,
					prefix + "frontend.bind=tcp://127.0.0.1:*", prefix + "backend.bind=tcp://127.0.0.1:*",
					"zmq.defaults.send-hwm=" + BenchApps.HWM, "zmq.defaults.receive-hwm=" + BenchApps.HWM);
			List<String> addresses = app.getBean(ZmqEndpointRegistry.class)
				.getRequiredEndpoint("hop")
				.getBoundAddresses();
			String frontend = addresses.get(0);
			return new Hop(addresses.get(1), Integer.parseInt(frontend.substring(frontend.lastIndexOf(':') + 1)),
					app::close);
		}

		static Hop jeromq(ZContext context, SocketType frontend, SocketType backend) {
			JeromqProxy proxy = new JeromqProxy(context, frontend, backend);
			return new Hop("tcp://127.0.0.1:" + proxy.backendPort(), proxy.frontendPort(), proxy);
		}

		String serverAddress() {
			return (this.backend != null) ? this.backend : "tcp://127.0.0.1:*";
		}

		int clientPort(RawPeer server) {
			return (this.frontendPort > 0) ? this.frontendPort : server.port();
		}

	}

	/**
	 * A DEALER on the benchmark thread and a ROUTER echo, linked by a {@link Hop}.
	 */
	public abstract static class QueueLink {

		private ZContext context;

		private Hop hop;

		private RawPeer worker;

		private ZMQ.Socket dealer;

		abstract Hop hop(ZContext context);

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			this.hop = hop(this.context);
			this.worker = RawRequestReply.startServer(this.context, (socket) -> {
				if (this.hop.backend() != null) {
					socket.connect(this.hop.backend());
				}
				else {
					socket.bind(this.hop.serverAddress());
				}
			});
			this.dealer = RawRequestReply.connect(this.context, this.hop.clientPort(this.worker));
			RawRequestReply.call(this.dealer, Payloads.BYTES);
		}

		void batch(Blackhole blackhole) {
			RawRequestReply.window(this.dealer, RawRequestReply.BYTES, RequestReplyBenchmark.BATCH,
					RequestReplyBenchmark.WINDOW, () -> Payloads.BYTES, (reply) -> reply, blackhole);
		}

		@TearDown(Level.Trial)
		public void stop() throws Exception {
			this.context.destroySocket(this.dealer);
			this.worker.close();
			this.hop.closer().close();
			this.context.close();
		}

	}

	/**
	 * DEALER straight to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueDirect extends QueueLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.direct();
		}

	}

	/**
	 * DEALER to the starter's queue proxy to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueViaStarter extends QueueLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.starter("queue");
		}

	}

	/**
	 * DEALER to {@code ZMQ.proxy} (ROUTER frontend, DEALER backend) to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueViaJeromq extends QueueLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.jeromq(context, SocketType.ROUTER, SocketType.DEALER);
		}

	}

	/**
	 * A PUB on the benchmark thread and a counting SUB, linked by a {@link Hop}.
	 */
	public abstract static class ForwarderLink extends OneWay {

		private final Arrivals arrivals = new Arrivals();

		private ZContext context;

		private Hop hop;

		private RawPeer subscriber;

		private ZMQ.Socket publisher;

		abstract Hop hop(ZContext context);

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			this.hop = hop(this.context);
			this.subscriber = RawOneWay.startReceiver(this.context, SocketType.SUB, this.hop.serverAddress(),
					this.hop.backend() == null, this.arrivals);
			this.publisher = RawOneWay.createSender(this.context, SocketType.PUB);
			this.publisher.connect("tcp://127.0.0.1:" + this.hop.clientPort(this.subscriber));
			warmUp(this.arrivals);
		}

		@Override
		protected void send() {
			RawOneWay.send(this.publisher, true);
		}

		@TearDown(Level.Trial)
		public void stop() throws Exception {
			this.context.destroySocket(this.publisher);
			this.subscriber.close();
			this.hop.closer().close();
			this.context.close();
		}

	}

	/**
	 * PUB straight to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderDirect extends ForwarderLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.direct();
		}

	}

	/**
	 * PUB to the starter's forwarder proxy to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderViaStarter extends ForwarderLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.starter("forwarder");
		}

	}

	/**
	 * PUB to {@code ZMQ.proxy} (XSUB frontend, XPUB backend) to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderViaJeromq extends ForwarderLink {

		@Override
		Hop hop(ZContext context) {
			return Hop.jeromq(context, SocketType.XSUB, SocketType.XPUB);
		}

	}

}
