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
 *
 * @author zmq-spring-boot
 */
@State(Scope.Benchmark)
public class RawRpc {

	private ZContext context;

	private RawPeer server;

	/** The client socket, used by the benchmark thread only. */
	public ZMQ.Socket dealer;

	@Setup(Level.Trial)
	public void start() {
		this.context = new ZContext();
		this.server = RawRequestReply.startServer(this.context, (socket) -> socket.bind("tcp://127.0.0.1:*"));
		this.dealer = RawRequestReply.connect(this.context, this.server.port());
		RawRequestReply.call(this.dealer, Payloads.BYTES);
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.context.destroySocket(this.dealer);
		this.server.close();
		this.context.close();
	}

}
