package io.github.zmqspring.security;

import java.io.IOException;
import java.io.PrintStream;

import org.zeromq.ZCert;

/**
 * Prints a new CURVE key pair in Z85, ready for {@code zmq.endpoints.<name>.security.curve.*}:
 * <pre>
 * java -cp zmq-spring-core.jar:jeromq.jar:jnacl.jar:spring-core.jar io.github.zmqspring.security.ZmqKeyGenerator [certificate]
 * </pre>
 * With a file name argument it also writes the pair as ZeroMQ certificates: the public one
 * to {@code <certificate>} (for a directory of authorized keys) and the secret one to
 * {@code <certificate>_secret} (for {@code security.curve.certificate}).
 *
 * @author zmq-spring-boot
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
