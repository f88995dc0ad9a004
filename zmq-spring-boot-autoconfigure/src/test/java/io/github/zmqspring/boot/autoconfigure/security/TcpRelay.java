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

package io.github.zmqspring.boot.autoconfigure.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between a client and a server that records every byte it
 * forwards, both ways: a raw peek at what travels on the wire.
 */
final class TcpRelay implements AutoCloseable {

	private final ServerSocket listener;

	private final int targetPort;

	private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private TcpRelay(ServerSocket listener, int targetPort) {
		this.listener = listener;
		this.targetPort = targetPort;
	}

	/**
	 * Listen on a random port and forward every connection to the target port.
	 * @param targetPort the server's port on 127.0.0.1
	 * @return the running relay
	 * @throws IOException when it cannot listen
	 */
	static TcpRelay start(int targetPort) throws IOException {
		TcpRelay relay = new TcpRelay(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
		daemon(relay::accept, "relay-accept");
		return relay;
	}

	/**
	 * @return the port clients connect to
	 */
	int port() {
		return this.listener.getLocalPort();
	}

	/**
	 * Whether the given text went through the relay, either way.
	 * @param text the text, compared as UTF-8 bytes
	 * @return whether its bytes were seen
	 */
	boolean saw(String text) {
		String bytes;
		synchronized (this.seen) {
			bytes = this.seen.toString(StandardCharsets.ISO_8859_1);
		}
		return bytes.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
	}

	/**
	 * @return how many bytes went through
	 */
	int size() {
		synchronized (this.seen) {
			return this.seen.size();
		}
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				this.sockets.add(client);
				Socket server;
				try {
					server = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				}
				catch (IOException ex) {
					client.close(); // the server is not up yet: the client reconnects
					continue;
				}
				this.sockets.add(server);
				daemon(() -> pump(client, server), "relay-up");
				daemon(() -> pump(server, client), "relay-down");
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[8192];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				synchronized (this.seen) {
					this.seen.write(buffer, 0, read);
				}
				out.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			// a side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// nothing to do
		}
	}

	@Override
	public void close() {
		closeQuietly(this.listener);
		this.sockets.forEach(TcpRelay::closeQuietly);
	}

}
