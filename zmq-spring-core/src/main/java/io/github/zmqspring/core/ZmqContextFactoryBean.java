package io.github.zmqspring.core;

import java.time.Duration;

import io.github.zmqspring.security.ZmqAuthenticator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

/**
 * Creates the application's one {@link ZContext} and terminates it on shutdown without ever
 * hanging: termination runs on its own thread and is abandoned, with an error logged, when
 * it takes longer than the shutdown timeout (JeroMQ's termination waits for every socket,
 * and a socket left open by a stuck thread would otherwise block the application's exit).
 * The context's ZAP handler ({@link ZmqAuthenticator}), if an endpoint started one, is
 * stopped first.
 *
 * @author zmq-spring-boot
 */
public class ZmqContextFactoryBean implements FactoryBean<ZContext>, DisposableBean {

	private static final Log logger = LogFactory.getLog(ZmqContextFactoryBean.class);

	private int ioThreads = 1;

	private int maxSockets = 1024;

	private Duration shutdownTimeout = Duration.ofSeconds(10);

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
			ZContext created = new ZContext(this.ioThreads);
			created.getContext().setMaxSockets(this.maxSockets);
			this.context = created;
		}
		return this.context;
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
		ZmqAuthenticator.stop(toClose);
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
