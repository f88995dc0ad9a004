package io.github.zmqspring.boot.autoconfigure.convert;

import java.nio.file.Path;
import java.time.Duration;

import io.github.zmqspring.boot.autoconfigure.requestreply.TestApps;
import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pyzmq client sends JSON and a Protobuf message it encoded by hand (no generated Python
 * code) to our listeners, and reads the converted replies and the 400 for bytes that are no
 * Protobuf message.
 *
 * @author zmq-spring-boot
 */
class ConversionPyzmqTests {

	@TempDir
	Path workDir;

	@Test
	void aPyzmqClientIsUnderstoodInJsonAndProtobuf() throws Exception {
		PythonPeer.assumePyzmq();
		try (ConfigurableApplicationContext server = TestApps.run(ConversionServerApp.class,
				"zmq.endpoints.convert.bind=tcp://127.0.0.1:*", "zmq.endpoints.frames.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.frame-list.bind=tcp://127.0.0.1:*", "zmq.endpoints.json-replies.bind=tcp://127.0.0.1:*",
				"zmq.endpoints.csv-replies.bind=tcp://127.0.0.1:*");
				PythonPeer client = PythonPeer.startResource(this.workDir, "python/convert_client.py",
						String.valueOf(TestApps.port(server, "convert")))) {
			assertThat(client.awaitSuccess(Duration.ofSeconds(30))).contains("ok");
		}
	}

}
