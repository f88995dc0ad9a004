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

import org.jspecify.annotations.Nullable;

/**
 * Base class of the exceptions thrown by the starter.
 */
public class ZmqException extends RuntimeException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqException(String message) {
		super(message);
	}

	/**
	 * Create an exception.
	 * @param message the detail message
	 * @param cause the cause
	 */
	public ZmqException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
