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
import java.util.concurrent.atomic.AtomicInteger;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * JeroMQ's own {@code ZMQ.proxy} between two sockets bound to random ports on 127.0.0.1,
 * on its own thread, stopped with {@code TERMINATE} on its control socket.
 */
public final class JeromqProxy implements AutoCloseable {

	private static final AtomicInteger instances = new AtomicInteger();

	private final ZContext context;

	private final String control = "inproc://jeromq-proxy-control-" + instances.incrementAndGet();

	private final CompletableFuture<int[]> ports = new CompletableFuture<>();

	private final Thread thread;

	/**
	 * Start a proxy.
	 * @param context the context
	 * @param frontend the frontend socket type
	 * @param backend the backend socket type
	 */
	public JeromqProxy(ZContext context, SocketType frontend, SocketType backend) {
		this.context = context;
		this.thread = new Thread(() -> run(frontend, backend), "jeromq-proxy");
		this.thread.setDaemon(true);
		this.thread.start();
		this.ports.orTimeout(10, TimeUnit.SECONDS).join();
	}

	private void run(SocketType frontendType, SocketType backendType) {
		ZMQ.Socket frontend = socket(frontendType);
		ZMQ.Socket backend = socket(backendType);
		ZMQ.Socket control = this.context.createSocket(SocketType.PAIR);
		try {
			control.bind(this.control);
			this.ports.complete(new int[] { frontend.bindToRandomPort("tcp://127.0.0.1"),
					backend.bindToRandomPort("tcp://127.0.0.1") });
			ZMQ.proxy(frontend, backend, null, control);
		}
		finally {
			this.context.destroySocket(frontend);
			this.context.destroySocket(backend);
			this.context.destroySocket(control);
		}
	}

	private ZMQ.Socket socket(SocketType type) {
		ZMQ.Socket socket = this.context.createSocket(type);
		socket.setLinger(0);
		socket.setSndHWM(BenchApps.HWM);
		socket.setRcvHWM(BenchApps.HWM);
		return socket;
	}

	/**
	 * @return the frontend's port
	 */
	public int frontendPort() {
		return this.ports.join()[0];
	}

	/**
	 * @return the backend's port
	 */
	public int backendPort() {
		return this.ports.join()[1];
	}

	@Override
	public void close() throws InterruptedException {
		ZMQ.Socket command = this.context.createSocket(SocketType.PAIR);
		try {
			command.connect(this.control);
			command.send(ZMQ.PROXY_TERMINATE, 0);
		}
		finally {
			this.context.destroySocket(command);
		}
		this.thread.join(TimeUnit.SECONDS.toMillis(10));
	}

}
