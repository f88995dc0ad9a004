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

package io.github.zmqspring.client;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown at once for a request of a client whose server addresses are found at run time
 * (service discovery, DNS) when none is known: the service has no instance now, or none
 * was ever found. Nothing was sent; the request is not retried. The endpoint's health
 * says why the list is empty.
 */
public class ZmqNoInstancesException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message the detail message
	 */
	public ZmqNoInstancesException(String message) {
		super(message);
	}

}
