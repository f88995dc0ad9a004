package io.github.zmqspring.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.benchmarks.apps.proxy.ProxyApp;
import io.github.zmqspring.core.ZmqEndpointRegistry;
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
 * Scenario 6a: one hop through a proxy configured under {@code zmq.proxies}, against a direct
 * link and against JeroMQ's {@code ZMQ.proxy}. The peers are raw JeroMQ in all three, so only
 * the hop differs: a queue proxy (ROUTER/DEALER) between a DEALER keeping
 * {@value RequestReplyBenchmark#WINDOW} requests in flight and a ROUTER echo (round trips per
 * second), and a forwarder (XSUB/XPUB) between a PUB and a SUB (messages per second).
 *
 * @author zmq-spring-boot
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
	 * Start a proxy application with one proxy bound to random ports.
	 * @param type queue or forwarder
	 * @return the application
	 */
	static ConfigurableApplicationContext startProxyApp(String type) {
		String prefix = "zmq.proxies.hop.";
		return BenchApps.run(ProxyApp.class, prefix + "type=" + type, prefix + "frontend.bind=tcp://127.0.0.1:*",
				prefix + "backend.bind=tcp://127.0.0.1:*", "zmq.defaults.send-hwm=" + BenchApps.HWM,
				"zmq.defaults.receive-hwm=" + BenchApps.HWM);
	}

	/**
	 * The addresses a proxy application bound: frontend, then backend.
	 * @param app the application
	 * @return the addresses
	 */
	static List<String> proxyAddresses(ConfigurableApplicationContext app) {
		return app.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("hop").getBoundAddresses();
	}

	/**
	 * A DEALER on the benchmark thread and a ROUTER echo, linked somehow.
	 */
	public abstract static class QueueLink {

		ZContext context;

		RawPeer worker;

		ZMQ.Socket dealer;

		void link(int clientPort) {
			this.dealer = RawRequestReply.connect(this.context, clientPort);
			RawRequestReply.call(this.dealer, Payloads.BYTES);
		}

		void batch(Blackhole blackhole) {
			RawRequestReply.window(this.dealer, RawRequestReply.BYTES, RequestReplyBenchmark.BATCH,
					RequestReplyBenchmark.WINDOW, () -> Payloads.BYTES, (reply) -> reply, blackhole);
		}

		void unlink() throws InterruptedException {
			this.context.destroySocket(this.dealer);
			this.worker.close();
		}

	}

	/**
	 * DEALER straight to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueDirect extends QueueLink {

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			this.worker = RawRequestReply.startServer(this.context, (socket) -> socket.bind("tcp://127.0.0.1:*"));
			link(this.worker.port());
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.context.close();
		}

	}

	/**
	 * DEALER to the starter's queue proxy to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueViaStarter extends QueueLink {

		private ConfigurableApplicationContext proxy;

		@Setup(Level.Trial)
		public void start() {
			this.proxy = startProxyApp("queue");
			List<String> addresses = proxyAddresses(this.proxy);
			this.context = new ZContext();
			this.worker = RawRequestReply.startServer(this.context, (socket) -> socket.connect(addresses.get(1)));
			link(port(addresses.get(0)));
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.context.close();
			this.proxy.close();
		}

	}

	/**
	 * DEALER to {@code ZMQ.proxy} (ROUTER frontend, DEALER backend) to ROUTER.
	 */
	@State(Scope.Benchmark)
	public static class QueueViaJeromq extends QueueLink {

		private JeromqProxy proxy;

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			this.proxy = new JeromqProxy(this.context, SocketType.ROUTER, SocketType.DEALER);
			this.worker = RawRequestReply.startServer(this.context,
					(socket) -> socket.connect("tcp://127.0.0.1:" + this.proxy.backendPort()));
			link(this.proxy.frontendPort());
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.proxy.close();
			this.context.close();
		}

	}

	/**
	 * A PUB on the benchmark thread and a counting SUB, linked somehow.
	 */
	public abstract static class ForwarderLink extends OneWay {

		final Arrivals arrivals = new Arrivals();

		ZContext context;

		RawPeer subscriber;

		ZMQ.Socket publisher;

		void link(String subscriberAddress, boolean bindSubscriber, int publisherPort) {
			this.subscriber = RawOneWay.startReceiver(this.context, SocketType.SUB, subscriberAddress, bindSubscriber,
					this.arrivals);
			this.publisher = RawOneWay.createSender(this.context, SocketType.PUB);
			this.publisher.connect("tcp://127.0.0.1:" + ((publisherPort > 0) ? publisherPort : this.subscriber.port()));
			warmUp(this.arrivals);
		}

		@Override
		protected void send() {
			RawOneWay.send(this.publisher, true);
		}

		void unlink() throws InterruptedException {
			this.context.destroySocket(this.publisher);
			this.subscriber.close();
		}

	}

	/**
	 * PUB straight to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderDirect extends ForwarderLink {

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			link("tcp://127.0.0.1:*", true, 0);
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.context.close();
		}

	}

	/**
	 * PUB to the starter's forwarder proxy to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderViaStarter extends ForwarderLink {

		private ConfigurableApplicationContext proxy;

		@Setup(Level.Trial)
		public void start() {
			this.proxy = startProxyApp("forwarder");
			List<String> addresses = proxyAddresses(this.proxy);
			this.context = new ZContext();
			link(addresses.get(1), false, port(addresses.get(0)));
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.context.close();
			this.proxy.close();
		}

	}

	/**
	 * PUB to {@code ZMQ.proxy} (XSUB frontend, XPUB backend) to SUB.
	 */
	@State(Scope.Benchmark)
	public static class ForwarderViaJeromq extends ForwarderLink {

		private JeromqProxy proxy;

		@Setup(Level.Trial)
		public void start() {
			this.context = new ZContext();
			this.proxy = new JeromqProxy(this.context, SocketType.XSUB, SocketType.XPUB);
			link("tcp://127.0.0.1:" + this.proxy.backendPort(), false, this.proxy.frontendPort());
		}

		@TearDown(Level.Trial)
		public void stop() throws InterruptedException {
			unlink();
			this.proxy.close();
			this.context.close();
		}

	}

	static int port(String address) {
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

}
