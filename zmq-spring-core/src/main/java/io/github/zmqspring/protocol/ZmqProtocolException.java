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

package io.github.zmqspring.protocol;

import io.github.zmqspring.core.ZmqException;

/**
 * Thrown when a frame that claims to be an envelope cannot be decoded: bad signature,
 * unsupported version, unknown kind, a length field that runs past the end of the frame,
 * trailing bytes, or an invalid header. It is the only exception
 * {@link ZmqEnvelopeCodec#decode(byte[])} throws for bad input; a receiver answers it
 * with {@link ZmqStatus#BAD_REQUEST}.
 */
public class ZmqProtocolException extends ZmqException {

	/**
	 * Create an exception.
	 * @param message what is wrong and where
	 */
	public ZmqProtocolException(String message) {
		super(message);
	}

}
