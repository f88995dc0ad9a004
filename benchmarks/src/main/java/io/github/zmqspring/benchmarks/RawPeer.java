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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A raw JeroMQ socket served by its own thread, the hand-written side of a comparison:
 * the thread creates the socket, configures it, then runs a loop until {@link #close()},
 * and closes the socket itself (JeroMQ sockets belong to one thread).
 */
public final class RawPeer implements AutoCloseable {

	/** Receive timeout of the loop, so that it sees {@link #close()} in time. */
	private static final int POLL_MILLIS = 100;

	private final Thread thread;

	private final CompletableFuture<String> address = new CompletableFuture<>();

	private volatile boolean running = true;

	/**
	 * What the thread does with its socket, turn after turn.
	 */
	@FunctionalInterface
	public interface Turn {

		/**
		 * Serve the socket once, e.g. receive one message and answer it.
		 * @param socket the socket, with a short receive timeout
		 */
		void serve(ZMQ.Socket socket);

	}

	private RawPeer(ZContext context, SocketType type, String name, Consumer<ZMQ.Socket> setup, Turn turn) {
		this.thread = new Thread(() -> run(context, type, setup, turn), name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Start a peer and wait until its socket is bound or connected.
	 * @param context the context
	 * @param type the socket type
	 * @param name the thread name
	 * @param setup sets options and binds or connects, on the peer's thread
	 * @param turn what the loop does
	 * @return the started peer
	 */
	public static RawPeer start(ZContext context, SocketType type, String name, Consumer<ZMQ.Socket> setup, Turn turn) {
		RawPeer peer = new RawPeer(context, type, name, setup, turn);
		peer.address.orTimeout(10, TimeUnit.SECONDS).join();
		return peer;
	}

	private void run(ZContext context, SocketType type, Consumer<ZMQ.Socket> setup, Turn turn) {
		ZMQ.Socket socket = context.createSocket(type);
		try {
			socket.setLinger(0);
			socket.setReceiveTimeOut(POLL_MILLIS);
			setup.accept(socket);
			this.address.complete(socket.getLastEndpoint());
			while (this.running) {
				turn.serve(socket);
			}
		}
		catch (RuntimeException ex) {
			this.address.completeExceptionally(ex);
			throw ex;
		}
		finally {
			context.destroySocket(socket);
		}
	}

	/**
	 * @return the port the socket bound last, or connected to last
	 */
	public int port() {
		String endpoint = this.address.join();
		return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join(TimeUnit.SECONDS.toMillis(10));
	}

}
