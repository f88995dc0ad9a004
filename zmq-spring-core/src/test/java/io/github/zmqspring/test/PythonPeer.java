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

package io.github.zmqspring.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A Python program run as an independent ZeroMQ peer: Debian's {@code /usr/bin/python3}
 * with {@code python3-zmq} (libzmq), not the JVM's JeroMQ. The program's directory also
 * holds {@code zmq_envelope.py}, the envelope codec taken verbatim from
 * {@code docs/protocol.md}. Under CI ({@code CI} set) a missing interpreter or pyzmq
 * fails the test; elsewhere the test is skipped with a message.
 */
public final class PythonPeer implements AutoCloseable {

	private static final Path PYTHON = Paths.get("/usr/bin/python3");

	private static final String CODEC_BLOCK_START = "```python title=\"zmq_envelope.py\"";

	private final Process process;

	private final Path output;

	private PythonPeer(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Start a Python program.
	 * @param workDir a directory for the program and its output
	 * @param source the program text
	 * @param args its arguments
	 * @return the running peer
	 * @throws IOException when the files cannot be written
	 */
	public static PythonPeer start(Path workDir, String source, String... args) throws IOException {
		return start(workDir, List.of(), source, args);
	}

	/**
	 * Start a Python program through a launcher, e.g. {@code ip netns exec <name>}.
	 * @param workDir a directory for the program and its output
	 * @param launcher the command that runs python, empty for none
	 * @param source the program text
	 * @param args its arguments
	 * @return the running peer
	 * @throws IOException when the files cannot be written
	 */
	public static PythonPeer start(Path workDir, List<String> launcher, String source, String... args)
			throws IOException {
		assumePyzmq();
		Files.writeString(workDir.resolve("zmq_envelope.py"), envelopeCodec());
		Path script = Files.writeString(workDir.resolve("peer.py"), source);
		Path output = workDir.resolve("peer-output.txt");
		List<String> command = new ArrayList<>(launcher);
		command.addAll(List.of(PYTHON.toString(), "-E", "-s", "-B", "-u", script.toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new PythonPeer(process, output);
	}

	/**
	 * Start a program from the test class path.
	 * @param workDir a directory for the program and its output
	 * @param resource the class-path location of the program
	 * @param args its arguments
	 * @return the running peer
	 * @throws IOException when the program cannot be read
	 */
	public static PythonPeer startResource(Path workDir, String resource, String... args) throws IOException {
		return startResource(workDir, List.of(), resource, args);
	}

	/**
	 * Start a program from the test class path through a launcher.
	 * @param workDir a directory for the program and its output
	 * @param launcher the command that runs python, empty for none
	 * @param resource the class-path location of the program
	 * @param args its arguments
	 * @return the running peer
	 * @throws IOException when the program cannot be read
	 */
	public static PythonPeer startResource(Path workDir, List<String> launcher, String resource, String... args)
			throws IOException {
		try (var in = PythonPeer.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as("test resource %s", resource).isNotNull();
			return start(workDir, launcher, new String(in.readAllBytes(), StandardCharsets.UTF_8), args);
		}
	}

	/**
	 * Wait for the program to exit with status 0.
	 * @param timeout how long to wait
	 * @return what it printed
	 */
	public String awaitSuccess(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				fail("Python peer did not finish within " + timeout + "; output:%n" + output());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
		assertThat(this.process.exitValue()).as("python exit code; output:%n%s", output()).isZero();
		return output();
	}

	/**
	 * @return whether the program is still running
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * @return what the program printed so far
	 */
	public String output() {
		try {
			return Files.readString(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

	/**
	 * Skip the test (or fail under CI) when Debian's python3 with pyzmq is not installed.
	 */
	public static void assumePyzmq() {
		boolean available = Files.isExecutable(PYTHON) && runs(PYTHON.toString(), "-E", "-s", "-c", "import zmq");
		if (!available && System.getenv("CI") != null) {
			fail("CI needs Debian's python3-zmq (apt-get install -y python3-zmq) for the interop tests");
		}
		Assumptions.assumeTrue(available, "skipped: /usr/bin/python3 with python3-zmq is not installed");
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The Python envelope codec, as published in {@code docs/protocol.md}.
	 * @return the program text of {@code zmq_envelope.py}
	 * @throws IOException when the document cannot be read
	 */
	public static String envelopeCodec() throws IOException {
		List<String> lines = Files.readAllLines(protocolDoc(), StandardCharsets.UTF_8);
		int start = lines.indexOf(CODEC_BLOCK_START);
		assertThat(start).as("%s block in docs/protocol.md", CODEC_BLOCK_START).isNotNegative();
		int end = lines.subList(start + 1, lines.size()).indexOf("```");
		assertThat(end).as("end of the zmq_envelope.py block").isNotNegative();
		return String.join("\n", lines.subList(start + 1, start + 1 + end)) + "\n";
	}

	/**
	 * Find {@code docs/protocol.md} from the working directory or one of its parents.
	 * @return the path of the document
	 */
	public static Path protocolDoc() {
		Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("docs").resolve("protocol.md");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("docs/protocol.md not found above " + System.getProperty("user.dir"));
	}

}
