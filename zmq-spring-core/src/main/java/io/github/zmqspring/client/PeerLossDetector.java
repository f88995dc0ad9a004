package io.github.zmqspring.client;

import org.zeromq.ZEvent;
import org.zeromq.ZMonitor;

/**
 * Tells a client with one {@code connect} address and nothing bound that its server went
 * away: the one connection closed after its ZMTP handshake had succeeded (the peer closed
 * it, or heartbeats found it dead). A connection that closes before its handshake (refused,
 * or a stalled handshake dropped by the handshake timeout) is not a loss: nothing was sent
 * on it. Socket events arrive one after another for a single connection, on ZeroMQ's I/O
 * thread.
 *
 * @author zmq-spring-boot
 */
final class PeerLossDetector implements ZEvent.ZEventConsummer {

	private final Runnable onLoss;

	private volatile boolean handshaken;

	/**
	 * Create a detector.
	 * @param onLoss runs on the I/O thread when the connection is lost; must be quick
	 */
	PeerLossDetector(Runnable onLoss) {
		this.onLoss = onLoss;
	}

	@Override
	public void consume(ZEvent event) {
		ZMonitor.Event type = event.getEvent();
		switch (type) {
			case CONNECTED -> this.handshaken = false;
			case HANDSHAKE_PROTOCOL, HANDSHAKE_SUCCEEDED -> this.handshaken = true;
			case DISCONNECTED, CLOSED -> {
				if (this.handshaken) {
					this.handshaken = false;
					this.onLoss.run();
				}
			}
			default -> {
			}
		}
	}

}
