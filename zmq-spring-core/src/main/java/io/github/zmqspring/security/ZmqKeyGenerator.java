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

import java.io.IOException;
import java.io.PrintStream;

import org.zeromq.ZCert;

/**
 * Prints a new CURVE key pair in Z85, ready for
 * {@code zmq.endpoints.<name>.security.curve.*}: <pre>
 * java -cp zmq-spring-core.jar:jeromq.jar:jnacl.jar:spring-core.jar io.github.zmqspring.security.ZmqKeyGenerator [certificate]
 * </pre> With a file name argument it also writes the pair as ZeroMQ certificates: the
 * public one to {@code <certificate>} (for a directory of authorized keys) and the secret
 * one to {@code <certificate>_secret} (for {@code security.curve.certificate}).
 */
public final class ZmqKeyGenerator {

	private ZmqKeyGenerator() {
	}

	/**
	 * Print a new key pair, and save it as certificates when a file name is given.
	 * @param args nothing, or the certificate file name
	 * @throws IOException when a certificate cannot be written
	 */
	public static void main(String[] args) throws IOException {
		ZmqKeyPair keys = ZmqKeyPair.generate();
		print(keys, System.out);
		if (args.length > 0) {
			ZCert certificate = new ZCert(keys.publicKeyZ85(), keys.secretKeyZ85());
			certificate.savePublic(args[0]);
			certificate.saveSecret(args[0] + "_secret");
			System.out.println("# wrote " + args[0] + " and " + args[0] + "_secret");
		}
	}

	static void print(ZmqKeyPair keys, PrintStream out) {
		out.println("public-key: " + keys.publicKeyZ85());
		out.println("secret-key: " + keys.secretKeyZ85());
	}

}
