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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on 127.0.0.1 whose current connections can be frozen: they stay open
 * but carry nothing more, like a link cut without either end being told (no FIN, no RST).
 * Connections accepted after a freeze forward again.
 */
final class FreezableTcpProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final List<Link> links = new CopyOnWriteArrayList<>();

	FreezableTcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	/** Stop forwarding on every current connection, keeping them open. */
	void freeze() {
		this.links.forEach((link) -> link.frozen = true);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				Link link = new Link(client, target);
				this.links.add(link);
				pump(link, client, target);
				pump(link, target, client);
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	private static void pump(Link link, Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (!link.frozen) {
						out.write(buffer, 0, read);
					}
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			if (!link.frozen) {
				link.close();
			}
		}, "proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		this.links.forEach(Link::close);
	}

	/**
	 * One forwarded connection.
	 */
	private static final class Link {

		private final Socket client;

		private final Socket target;

		private volatile boolean frozen;

		Link(Socket client, Socket target) {
			this.client = client;
			this.target = target;
		}

		void close() {
			try {
				this.client.close();
				this.target.close();
			}
			catch (IOException ex) {
				// already closed
			}
		}

	}

}
