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
import java.util.function.Predicate;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.Assert;

/**
 * How a client retries a request that got no reply (the Guide's Lazy Pirate): how many
 * times, and how long to wait between attempts, growing by a multiplier up to a maximum.
 * The names follow Spring Framework's {@link RetryPolicy} and Boot's retry settings.
 * {@link #DISABLED} (no retries) is the default: only idempotent routes may be retried.
 *
 * @param maxRetries how many times a request is sent again after its first attempt
 * @param delay the wait before the first retry
 * @param jitter a random amount added to or subtracted from each wait
 * @param multiplier what each wait is multiplied by for the next one
 * @param maxDelay the longest wait
 */
public record ZmqRetrySettings(long maxRetries, Duration delay, Duration jitter, double multiplier, Duration maxDelay) {

	/** No retries. */
	public static final ZmqRetrySettings DISABLED = builder().build();

	/**
	 * Check that the delays are in order; the {@link #builder() builder} checks each
	 * value.
	 */
	public ZmqRetrySettings {
		Assert.isTrue(maxDelay.compareTo(delay) >= 0, "'maxDelay' must not be less than 'delay'");
	}

	/**
	 * Start settings from the defaults: no retries, 100ms delay, multiplier 2, at most
	 * 2s.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * @return whether a request is retried at all
	 */
	public boolean isEnabled() {
		return this.maxRetries > 0;
	}

	/**
	 * Create the Spring retry policy of these settings.
	 * @param retryable which failures are worth another attempt
	 * @return the policy
	 */
	public RetryPolicy toRetryPolicy(Predicate<Throwable> retryable) {
		return RetryPolicy.builder()
			.maxRetries(this.maxRetries)
			.delay(this.delay)
			.jitter(this.jitter)
			.multiplier(this.multiplier)
			.maxDelay(this.maxDelay)
			.predicate(retryable)
			.build();
	}

	/**
	 * Builder for {@link ZmqRetrySettings}; each setter checks its value.
	 */
	public static final class Builder {

		private long maxRetries;

		private Duration delay = Duration.ofMillis(100);

		private Duration jitter = Duration.ZERO;

		private double multiplier = 2;

		private Duration maxDelay = Duration.ofSeconds(2);

		private Builder() {
		}

		public Builder maxRetries(long maxRetries) {
			Assert.isTrue(maxRetries >= 0, "'maxRetries' must not be negative");
			this.maxRetries = maxRetries;
			return this;
		}

		public Builder delay(Duration delay) {
			Assert.isTrue(!delay.isNegative(), "'delay' must not be negative");
			this.delay = delay;
			return this;
		}

		public Builder jitter(Duration jitter) {
			Assert.isTrue(!jitter.isNegative(), "'jitter' must not be negative");
			this.jitter = jitter;
			return this;
		}

		public Builder multiplier(double multiplier) {
			Assert.isTrue(multiplier >= 1, "'multiplier' must be at least 1");
			this.multiplier = multiplier;
			return this;
		}

		public Builder maxDelay(Duration maxDelay) {
			Assert.isTrue(!maxDelay.isNegative(), "'maxDelay' must not be negative");
			this.maxDelay = maxDelay;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException when the maximum delay is less than the delay
		 */
		public ZmqRetrySettings build() {
			return new ZmqRetrySettings(this.maxRetries, this.delay, this.jitter, this.multiplier, this.maxDelay);
		}

	}

}
