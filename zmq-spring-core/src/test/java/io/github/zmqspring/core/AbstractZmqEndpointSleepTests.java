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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link AbstractZmqEndpoint#sleep}: a thread whose selector keeps returning a
 * channel that is readable with nothing to take (what a JeroMQ mailbox does while its
 * writer is descheduled between writing its signal byte and counting it) pauses between
 * wake-ups instead of spinning, and a turn that did work ends the pauses.
 */
class AbstractZmqEndpointSleepTests {

	/** Wake-ups measured once the pauses have begun. */
	private static final int WAKEUPS = 200;

	private StuckChannelEndpoint endpoint;

	@AfterEach
	void stop() {
		if (this.endpoint != null) {
			this.endpoint.stop();
		}
	}

	@Test
	void aChannelThatStaysReadableWithNothingToTakeIsNotSpunOn() {
		this.endpoint = new StuckChannelEndpoint(false);
		this.endpoint.start();
		// a pause of 50 us at least per wake-up; a spinning thread takes 1 to 2 us
		assertThat(nanosPerWakeup()).isGreaterThanOrEqualTo(TimeUnit.MICROSECONDS.toNanos(40));
	}

	@Test
	void aThreadThatWorksAfterEveryWakeupNeverPauses() {
		this.endpoint = new StuckChannelEndpoint(true);
		this.endpoint.start();
		assertThat(nanosPerWakeup()).isLessThan(TimeUnit.MICROSECONDS.toNanos(40));
	}

	/**
	 * Measure the endpoint's wake-ups once the first ones, which are left alone, are
	 * past.
	 * @return the mean time between two of them
	 */
	private long nanosPerWakeup() {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.endpoint.wakeups.get() > 100);
		long from = this.endpoint.wakeups.get();
		long start = System.nanoTime();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.endpoint.wakeups.get() >= from + WAKEUPS);
		long elapsed = System.nanoTime() - start;
		return elapsed / (this.endpoint.wakeups.get() - from);
	}

	/**
	 * An endpoint whose loop sleeps on a pipe holding a byte nobody reads.
	 */
	private static final class StuckChannelEndpoint extends AbstractZmqEndpoint {

		private final AtomicLong wakeups = new AtomicLong();

		private final boolean working;

		StuckChannelEndpoint(boolean working) {
			super("stuck", "zmq-stuck-io");
			this.working = working;
		}

		@Override
		protected Session open() throws IOException {
			Pipe stuck = Pipe.open();
			stuck.sink().write(ByteBuffer.wrap(new byte[] { 1 }));
			stuck.source().configureBlocking(false);
			Selector selector = Selector.open();
			stuck.source().register(selector, SelectionKey.OP_READ);
			return new Session() {

				@Override
				public void run(Pipe.SourceChannel wakeup) throws IOException {
					wakeup.register(selector, SelectionKey.OP_READ);
					while (!isStopRequested()) {
						if (StuckChannelEndpoint.this.working) {
							worked();
						}
						readyToSleep();
						sleep(selector, -1);
						selector.selectedKeys().clear();
						StuckChannelEndpoint.this.wakeups.incrementAndGet();
					}
				}

				@Override
				public void close() {
					try {
						selector.close();
						stuck.source().close();
						stuck.sink().close();
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				}

			};
		}

		@Override
		protected String describe() {
			return "test endpoint";
		}

		@Override
		public SocketType getSocketType() {
			return SocketType.PAIR;
		}

		@Override
		public ZmqEndpointRole getRole() {
			return ZmqEndpointRole.LISTENER;
		}

		@Override
		public int getInFlight() {
			return 0;
		}

	}

}
