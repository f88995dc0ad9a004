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

package io.github.zmqspring.boot.autoconfigure.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A discovery test application in a JVM of its own (see {@link ForkedMain}): one that can
 * be killed hard, or that resolves host names through its own hosts file. It answers
 * commands written to its standard input with lines that start with
 * {@link ForkedMain#REPLY}; everything else it prints (logs) is passed through.
 */
final class ForkedApp implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final PrintWriter commands;

	private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

	private ForkedApp(Process process) {
		this.process = process;
		this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		Thread reader = new Thread(this::readOutput, "forked-app-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start an application and wait until it is ready.
	 * @param role {@code server} or {@code client}, see {@link ForkedMain}
	 * @param jvmOptions options of the new JVM, such as system properties
	 * @param args the application's command-line arguments
	 * @return the running application
	 */
	static ForkedApp start(String role, List<String> jvmOptions, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), ForkedMain.class.getName(), role));
		command.addAll(args);
		try {
			ForkedApp app = new ForkedApp(new ProcessBuilder(command).redirectErrorStream(true).start());
			app.reply("started", START_TIMEOUT);
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Send a command and wait for its reply.
	 * @param command the command
	 * @param timeout how long to wait
	 * @return the reply, without the command's name
	 */
	String ask(String command, Duration timeout) {
		this.commands.println(command);
		return reply(command.split(" ")[0], timeout);
	}

	private String reply(String name, Duration timeout) {
		try {
			String line = this.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (line == null) {
				return fail("No reply '" + name + "' from the forked application within " + timeout);
			}
			if (!line.startsWith(name)) {
				return fail("Expected a reply '" + name + "' from the forked application, got: " + line);
			}
			return line.substring(name.length()).trim();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Kill the JVM at once (SIGKILL), as a crash would: no deregistration, no goodbye.
	 */
	void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.commands.close();
			waitFor();
		}
	}

	private void waitFor() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void readOutput() {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null) {
				if (line.startsWith(ForkedMain.REPLY)) {
					this.replies.add(line.substring(ForkedMain.REPLY.length()));
				}
				else {
					System.out.println("[forked] " + line);
				}
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

}
