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

import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * A log for events a remote peer can cause as often as it likes: the first event logs at
 * WARN, further ones within ten seconds at DEBUG only, so that no peer can flood the log.
 * Safe to use from any thread.
 */
final class RateLimitedLog {

	private static final long INTERVAL_NANOS = 10_000_000_000L;

	private final Log logger;

	private final String quietNote;

	private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);

	/**
	 * Create a rate-limited log.
	 * @param logger where to log
	 * @param quietNote appended to a WARN line, telling what further events look like
	 * (e.g. {@code "further drops within 10s are logged at DEBUG only"})
	 */
	RateLimitedLog(Log logger, String quietNote) {
		this.logger = logger;
		this.quietNote = quietNote;
	}

	/**
	 * Log an event: at WARN (with the note) when none was logged at WARN in the last ten
	 * seconds, else at DEBUG.
	 * @param message what happened
	 * @param ex the exception, or {@code null}
	 */
	void log(String message, @Nullable Throwable ex) {
		long now = System.nanoTime();
		long previous = this.lastWarning.get();
		if (now - previous >= INTERVAL_NANOS && this.lastWarning.compareAndSet(previous, now)) {
			this.logger.warn(message + " (" + this.quietNote + ")", ex);
		}
		else if (this.logger.isDebugEnabled()) {
			this.logger.debug(message, ex);
		}
	}

}
