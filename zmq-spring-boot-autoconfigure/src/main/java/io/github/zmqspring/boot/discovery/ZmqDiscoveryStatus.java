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

package io.github.zmqspring.boot.discovery;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an endpoint knows about the instances it connects to, for health and the
 * {@code zmq} Actuator endpoint.
 *
 * @param source what is looked up, such as {@code service 'orders'}
 * @param instances the addresses the endpoint connects to now (the last ones found)
 * @param skipped instances found but left out, each with the reason
 * @param lastSuccess when a look-up last succeeded, or {@code null} if none did yet
 * @param error why the last look-up failed, or {@code null} when it succeeded: then the
 * instances are the last known ones, possibly out of date
 * @param connects how many times the socket connected to an instance
 * @param disconnects how many times the socket disconnected from an instance that was
 * gone
 */
public record ZmqDiscoveryStatus(String source, List<String> instances, List<String> skipped,
		@Nullable Instant lastSuccess, @Nullable String error, long connects, long disconnects) {

	/**
	 * @return whether the last look-up failed, so the instances may be out of date
	 */
	public boolean isStale() {
		return this.error != null;
	}

	/**
	 * Why the endpoint has nothing to connect to, if it has not.
	 * @return the reason, or {@code null} when at least one instance is known
	 */
	public @Nullable String noInstanceReason() {
		if (!this.instances.isEmpty()) {
			return null;
		}
		if (this.lastSuccess == null) {
			return "no instance of " + this.source + " known yet: "
					+ ((this.error != null) ? this.error : "not looked up yet");
		}
		return "no instance of " + this.source
				+ ((this.error != null) ? " known (last look-up failed: " + this.error + ")"
						: (this.skipped.isEmpty() ? " registered" : " usable (skipped: " + this.skipped + ")"));
	}

}
