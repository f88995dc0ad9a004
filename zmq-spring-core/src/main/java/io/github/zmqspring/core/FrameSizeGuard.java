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

import zmq.Msg;
import zmq.ZMQ;
import zmq.msg.MsgAllocator;

/**
 * The message allocator of one socket: allocates received frames with JeroMQ's default
 * allocator (heap, direct above 1 MiB) up to the socket's {@code max-message-size}, and
 * refuses any larger size JeroMQ asks for.
 * <p>
 * JeroMQ 0.6.0 reads a ZMTP long frame's 64-bit size into a signed {@code long}: a size
 * with the top bit set is negative, passes its checks against {@code max-message-size}
 * and {@link Integer#MAX_VALUE}, and is cast to {@code int} to size the buffer. The cast
 * yields anything: {@code 0x800000007fffffff} asks for 2 GiB, {@code 0xffffffff10000000}
 * for 256 MiB, {@code -2} for -2. Before this guard, the first two ended the ZeroMQ I/O
 * thread with an {@link OutOfMemoryError} (or stalled it for seconds on a large heap),
 * the last with a {@link NegativeArraySizeException} (JeroMQ issue 1005), and with it
 * every connection of the context. The allocator is the only hook on that path: ZMTP
 * connections always build JeroMQ's own decoders ({@code ZMQ.Socket.setDecoder} is used
 * for raw sockets only).
 * <p>
 * A refused frame is counted as an {@link ZmqDropReason#OVERSIZE oversize} drop of the
 * endpoint (logged like every drop, at most once per ten seconds at WARN) and replaced by
 * an empty command frame, which JeroMQ discards: during the handshake it fails the
 * handshake and the connection closes; afterwards the connection stays open (JeroMQ 0.6.0
 * offers no way to close it from here) and the peer's next bytes are read as ordinary
 * frames, each bounded by this guard again. A size that cannot be allocated because
 * memory is exhausted (possible with {@code max-message-size: -1}) is refused the same
 * way instead of ending the I/O thread. The guard cannot tell a crafted size whose low 31
 * bits are within the limit from an honest one ({@code 0x8000000000000100} reads as 256):
 * such a frame is read as a frame of that size, which the peer could have sent anyway.
 */
final class FrameSizeGuard implements MsgAllocator {

	private final long limit;

	private final ZmqEndpointStatistics statistics;

	/**
	 * Create the guard of one socket.
	 * @param maxMessageSize the socket's {@code max-message-size}, {@code -1} for
	 * JeroMQ's own bound ({@link Integer#MAX_VALUE})
	 * @param statistics the counters of the socket's endpoint
	 */
	FrameSizeGuard(long maxMessageSize, ZmqEndpointStatistics statistics) {
		this.limit = (maxMessageSize >= 0) ? maxMessageSize : Integer.MAX_VALUE;
		this.statistics = statistics;
	}

	@Override
	public Msg allocate(int size) {
		if (size < 0 || size > this.limit) {
			return refuse(
					"a frame whose size JeroMQ reads as " + size + " bytes (max-message-size " + this.limit + ")");
		}
		try {
			return ZMQ.DEFAULT_MSG_ALLOCATOR.allocate(size);
		}
		catch (OutOfMemoryError ex) {
			// nothing was allocated: the frame alone is refused, the I/O thread lives on
			return refuse("a frame of " + size + " bytes, which does not fit in memory (" + ex.getMessage() + ")");
		}
	}

	private Msg refuse(String what) {
		this.statistics.dropped(ZmqDropReason.OVERSIZE,
				"a peer announced " + what + ": not allocated, read as an empty frame that ZeroMQ discards");
		Msg empty = new Msg(0);
		empty.setFlags(Msg.COMMAND);
		return empty;
	}

}
