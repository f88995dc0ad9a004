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
 * A pyzmq client sends JSON and a Protobuf message it encoded by hand (no generated
 * Python code) to our listeners, and reads the converted replies and the 400 for bytes
 * that are no Protobuf message.
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
