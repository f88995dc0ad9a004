package io.github.zmqspring.client;

import java.util.concurrent.CompletableFuture;

/**
 * The future result of a request. Cancelling it forgets the request and tells the server,
 * which stops a streamed reply.
 *
 * @param <T> the reply type
 * @author zmq-spring-boot
 */
public final class ZmqReplyFuture<T> extends CompletableFuture<T> {

	private final Runnable onCancel;

	ZmqReplyFuture(Runnable onCancel) {
		this.onCancel = onCancel;
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		boolean cancelled = super.cancel(mayInterruptIfRunning);
		if (cancelled) {
			this.onCancel.run();
		}
		return cancelled;
	}

	@Override
	public <U> CompletableFuture<U> newIncompleteFuture() {
		return new CompletableFuture<>();
	}

}
