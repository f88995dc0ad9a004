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

package io.github.zmqspring.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.util.TestSocketUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the sample's repackaged jar with {@code java -jar}, as its users do, on free
 * ports, and checks that every demo worked, that the health is up over HTTP and that the
 * process stops on SIGTERM. Run by failsafe after {@code package}; the {@code aot}
 * profile runs it again with {@code -Dspring.aot.enabled=true} on the jar processed ahead
 * of time.
 */
class RunnableJarIT {

	private static final List<String> PORTS = List.of("orders", "quotes", "inference", "ticks", "tasks", "results",
			"jobs-frontend", "jobs-backend", "accounts");

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private final HttpClient http = HttpClient.newHttpClient();

	private final int webPort = TestSocketUtils.findAvailableTcpPort();

	private Process process;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void jarStartsRunsEveryDemoAndStops(@TempDir Path workDir) throws Exception {
		Path log = workDir.resolve("sample.log");
		this.process = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			assertThat(this.process.isAlive()).as("the sample is running; its log:%n%s", Files.readString(log))
				.isTrue();
			assertThat(health()).contains("\"status\":\"UP\"");
			DemoExpectations.assertEveryDemoWorked(Files.readString(log));
		});
		if (jvmArgs().contains("-Dspring.aot.enabled=true")) {
			assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication");
		}
		this.process.destroy();
		assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as("the sample stops on SIGTERM").isTrue();
		assertThat(Files.readString(log)).doesNotContain("ERROR");
	}

	private List<String> command() {
		Path jar = Paths.get(System.getProperty("sample.jar", "target/sample-app.jar"));
		assertThat(jar).as("the repackaged jar (run after package)").isRegularFile();
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs());
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + this.webPort);
		PORTS.forEach((name) -> command.add("--sample.ports." + name + "=" + TestSocketUtils.findAvailableTcpPort()));
		return command;
	}

	private static List<String> jvmArgs() {
		return Arrays.asList(StringUtils.tokenizeToStringArray(System.getProperty("sample.jvm-args", ""), " "));
	}

	private String health() throws IOException, InterruptedException {
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return "not answering: " + ex;
		}
	}

}
