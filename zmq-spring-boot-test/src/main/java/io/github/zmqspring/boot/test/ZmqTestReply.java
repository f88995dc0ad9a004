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

package io.github.zmqspring.boot.test;

import io.github.zmqspring.protocol.ZmqStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a listener answered a {@link ZmqTestClient#request request}: the decoded reply
 * with status {@link ZmqStatus#OK 200}, or the error status and message it sent instead.
 *
 * @param <T> the reply type
 * @param status the status: 200, or the error's (400, 404, 415, 500, ...)
 * @param body the decoded reply, {@code null} for an error or an empty acknowledgement
 * @param error the error message, {@code null} on success
 */
public record ZmqTestReply<T>(int status, @Nullable T body, @Nullable String error) {

	/**
	 * @return whether the listener answered with status 200
	 */
	public boolean isOk() {
		return this.status == ZmqStatus.OK;
	}

}
