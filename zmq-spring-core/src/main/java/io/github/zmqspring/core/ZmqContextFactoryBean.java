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

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

/**
 * Creates the application's one {@link ZContext} (a {@link ZmqManagedContext}) and
 * terminates it on shutdown without ever hanging: termination runs on its own thread and
 * is abandoned, with an error logged, when it takes longer than the shutdown timeout
 * (JeroMQ's termination waits for every socket, and a socket left open by a stuck thread
 * would otherwise block the application's exit). The helpers the context owns, such as
 * its ZAP handler when an endpoint started one, are closed first.
 * <p>
 * What JeroMQ's I/O threads report goes to this class's log instead of standard error: an
 * exception an I/O thread caught and survived (JeroMQ's "notification", e.g. a PING
 * command shorter than ZMTP's 7 bytes, which JeroMQ 0.6.0 fails to parse) is logged at
 * WARN at most once per ten seconds and at DEBUG otherwise, since a peer can cause one
 * per command it sends; an exception that ends an I/O thread (or the reaper) is logged at
 * ERROR.
 */
public class ZmqContextFactoryBean implements FactoryBean<ZContext>, DisposableBean {

	private static final Log logger = LogFactory.getLog(ZmqContextFactoryBean.class);

	private int ioThreads = 1;

	private int maxSockets = 1024;

	private Duration shutdownTimeout = Duration.ofSeconds(10);

	private final RateLimitedLog notifications = new RateLimitedLog(logger,
			"further exceptions of ZeroMQ I/O threads within 10s are logged at DEBUG only");

	private @Nullable ZContext context;

	/**
	 * Set the number of ZeroMQ I/O threads.
	 * @param ioThreads the number of threads
	 */
	public void setIoThreads(int ioThreads) {
		this.ioThreads = ioThreads;
	}

	/**
	 * Set the maximum number of sockets in the context.
	 * @param maxSockets the maximum
	 */
	public void setMaxSockets(int maxSockets) {
		this.maxSockets = maxSockets;
	}

	/**
	 * Set how long termination may take before it is abandoned.
	 * @param shutdownTimeout the timeout
	 */
	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	@Override
	public synchronized ZContext getObject() {
		if (this.context == null) {
			ZContext created = new ZmqManagedContext(this.ioThreads);
			created.getContext().setMaxSockets(this.maxSockets);
			created.getContext().setNotificationExceptionHandler(this::ioThreadSurvived);
			created.getContext().setUncaughtExceptionHandler(ZmqContextFactoryBean::ioThreadDied);
			this.context = created;
		}
		return this.context;
	}

	private void ioThreadSurvived(Thread thread, Throwable ex) {
		this.notifications.log("ZeroMQ I/O thread '" + thread.getName() + "' caught " + ex
				+ " while serving a connection and carries on", ex);
	}

	private static void ioThreadDied(Thread thread, Throwable ex) {
		logger.error("ZeroMQ thread '" + thread.getName() + "' died: the connections and sockets it served are "
				+ "stalled until the application restarts", ex);
	}

	@Override
	public Class<?> getObjectType() {
		return ZContext.class;
	}

	@Override
	public synchronized void destroy() throws InterruptedException {
		ZContext toClose = this.context;
		if (toClose == null) {
			return;
		}
		this.context = null;
		Thread closer = new Thread(toClose::close, "zmq-context-close");
		closer.setDaemon(true);
		closer.start();
		closer.join(this.shutdownTimeout.toMillis());
		if (closer.isAlive()) {
			logger.error("ZeroMQ context did not terminate within " + this.shutdownTimeout
					+ " (a socket is still open); abandoning it so the application can exit");
		}
	}

}
