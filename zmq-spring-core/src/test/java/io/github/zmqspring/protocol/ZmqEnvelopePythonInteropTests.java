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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks that the Python codec published in {@code docs/protocol.md} and the Java codec
 * produce and read the same bytes. Runs Debian's {@code /usr/bin/python3} (standard
 * library only, no pyzmq) on the {@code zmq_envelope.py} block extracted from the
 * document.
 */
class ZmqEnvelopePythonInteropTests {

	private static final Path PYTHON = Paths.get("/usr/bin/python3");

	private static final HexFormat HEX = HexFormat.of();

	@TempDir
	Path workDir;

	@Test
	void pythonCodecFromTheDocsMatchesTheJavaCodec() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(PYTHON),
				"skipped: " + PYTHON + " does not exist, cannot run the Python codec of docs/protocol.md");
		Files.writeString(this.workDir.resolve("zmq_envelope.py"), PythonPeer.envelopeCodec());
		Path script = this.workDir.resolve("interop_check.py");
		try (InputStream in = getClass().getResourceAsStream("interop_check.py")) {
			assertThat(in).as("interop_check.py test resource").isNotNull();
			Files.copy(in, script);
		}

		Map<String, String> requestHeaders = new LinkedHashMap<>();
		requestHeaders.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
		requestHeaders.put("x-user", "Zoë ✓ 😀");
		requestHeaders.put("empty", "");
		ZmqEnvelope request = ZmqEnvelope.request(42, "orders.créer", "application/json", requestHeaders);

		Map<String, String> replyHeaders = new LinkedHashMap<>();
		replyHeaders.put("tracestate", "congo=t61rcWkgMzE");
		replyHeaders.put("clé", "ünïcødé 日本語 😀");
		List<ZmqEnvelope> javaFrames = List.of(ZmqEnvelope.reply(-1L, "application/json; charset=utf-8", replyHeaders),
				ZmqEnvelope.error(7, ZmqStatus.UNAVAILABLE), ZmqEnvelope.message("prix/€", null, Map.of("k", "v")),
				ZmqEnvelope.streamEnd(Long.MAX_VALUE));

		List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-E", "-s", "-B", script.toString()));
		command.add(describeRequest(request));
		for (ZmqEnvelope envelope : javaFrames) {
			command.add(HEX.formatHex(ZmqEnvelopeCodec.encode(envelope)));
		}
		Map<String, String> out = run(command);

		assertThat(out.get("request")).as("request encoded by Python")
			.isEqualTo(HEX.formatHex(ZmqEnvelopeCodec.encode(request)));
		for (int i = 0; i < javaFrames.size(); i++) {
			ZmqEnvelope expected = javaFrames.get(i);
			byte[] frame = ZmqEnvelopeCodec.encode(expected);
			String prefix = "frame" + i + ".";
			assertThat(out.get(prefix + "kind")).isEqualTo(String.valueOf(expected.kind().code()));
			assertThat(out.get(prefix + "correlation_id")).isEqualTo(Long.toUnsignedString(expected.correlationId()));
			assertThat(out.get(prefix + "status")).isEqualTo(String.valueOf(expected.status()));
			assertThat(out.get(prefix + "route")).isEqualTo(hex(expected.route()));
			assertThat(out.get(prefix + "content_type"))
				.isEqualTo((expected.contentType() != null) ? hex(expected.contentType()) : "none");
			assertThat(out.get(prefix + "headers")).isEqualTo(headerList(expected.headers()));
			assertThat(out.get(prefix + "reencoded")).isEqualTo(HEX.formatHex(frame));
			assertThat(out.get(prefix + "truncations_rejected")).isEqualTo(frame.length + "/" + frame.length);
			assertThat(out.get(prefix + "trailing")).isEqualTo("rejected");
		}
	}

	private Map<String, String> run(List<String> command) throws IOException, InterruptedException {
		Path output = this.workDir.resolve("python-output.txt");
		Process process = new ProcessBuilder(command).directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("python did not finish within 30 seconds: " + command);
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("python exit code, output:%n%s", text).isZero();
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq), line.substring(eq + 1).strip());
			}
		}
		return values;
	}

	private static String describeRequest(ZmqEnvelope request) {
		StringBuilder description = new StringBuilder().append(request.correlationId())
			.append(',')
			.append(hex(request.route()))
			.append(',')
			.append((request.contentType() != null) ? hex(request.contentType()) : "");
		for (Map.Entry<String, String> header : request.headers().entrySet()) {
			description.append(',').append(hex(header.getKey())).append(':').append(hex(header.getValue()));
		}
		return description.toString();
	}

	private static String headerList(Map<String, String> headers) {
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, String> header : headers.entrySet()) {
			pairs.add(hex(header.getKey()) + ":" + hex(header.getValue()));
		}
		return String.join(",", pairs);
	}

	private static String hex(String text) {
		return HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
	}

}
