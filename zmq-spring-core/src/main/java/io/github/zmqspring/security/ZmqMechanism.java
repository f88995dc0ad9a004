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

package io.github.zmqspring.security;

import java.util.Locale;

/**
 * The ZeroMQ security mechanism of an endpoint.
 */
public enum ZmqMechanism {

	/** No authentication and no encryption (ZeroMQ's NULL mechanism). */
	NONE("NULL"),

	/** User name and password, sent in clear text: authentication only, no encryption. */
	PLAIN("PLAIN"),

	/** CurveZMQ: encryption and authentication by public keys. */
	CURVE("CURVE");

	private final String zapName;

	ZmqMechanism(String zapName) {
		this.zapName = zapName;
	}

	/**
	 * The name ZMTP and ZAP use for the mechanism.
	 * @return {@code NULL}, {@code PLAIN} or {@code CURVE}
	 */
	public String zapName() {
		return this.zapName;
	}

	/**
	 * The tag value used in metrics and logs.
	 * @return the lower-case name
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Find the mechanism a ZAP request names.
	 * @param zapName the mechanism frame of the request ({@code NULL}, {@code PLAIN} or
	 * {@code CURVE})
	 * @return the mechanism
	 * @throws IllegalArgumentException for any other name
	 */
	static ZmqMechanism ofZapName(String zapName) {
		for (ZmqMechanism mechanism : values()) {
			if (mechanism.zapName.equals(zapName)) {
				return mechanism;
			}
		}
		throw new IllegalArgumentException("unsupported mechanism " + zapName);
	}

}
