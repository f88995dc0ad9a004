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

package io.github.zmqspring.sample.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zmqspring.test.PythonPeer;

/**
 * Checks each command of the {@code bash} blocks of the documentation (comment lines are
 * skipped, {@code \} continues a line); a command no rule knows fails the block:
 * <ul>
 * <li>{@code ./mvnw ...} must be one of {@link #MAVEN_COMMANDS}, each with the check that
 * shows it is exercised;</li>
 * <li>{@code python3 -c "..."} one-liners run with {@code /usr/bin/python3} and must exit
 * 0 (skipped, as the interop tests are, without pyzmq);</li>
 * <li>{@code /usr/bin/python3 sample-app/clients/x.py} must name an existing script
 * ({@code SampleApplicationTests} runs them against the sample);</li>
 * <li>{@code java [-Dx=y] -jar sample-app/target/sample-app-*.jar ...} must be exercised
 * by {@code RunnableJarIT} (which starts the repackaged jar after {@code package});</li>
 * <li>{@code java -jar|-cp benchmarks/target/benchmarks.jar ...} must be exercised by
 * {@code BenchmarksSmokeTests} (which runs every benchmark, and names each class run with
 * {@code -cp});</li>
 * <li>{@code java ... some.package.MainClass [arg]} runs that class's {@code main} in
 * this JVM, optional {@code [arg]}s replaced by a file in a temporary directory, and its
 * output is checked by {@link #MAIN_OUTPUTS}.</li>
 * </ul>
 */
final class ShellBlocks {

	/**
	 * The Maven commands the documentation may show, each with how a build exercises it.
	 */
	static final Map<String, BiFunction<Path, String, List<String>>> MAVEN_COMMANDS = Map.of("./mvnw verify",
			(root, command) -> contains(root.resolve(".ci/run"), command, "CI runs the README's test command verbatim"),
			"./mvnw -pl sample-app -am spring-boot:run",
			(root, command) -> contains(root.resolve("sample-app/pom.xml"),
					"<spring-boot.run.skip>false</spring-boot.run.skip>",
					"the sample (started by SampleApplicationTests) must not skip spring-boot:run"),
			"./mvnw -pl sample-app -am package -DskipTests",
			(root, command) -> contains(root.resolve("sample-app/pom.xml"), "<goal>repackage</goal>",
					"the sample's package must give an executable jar (RunnableJarIT starts it)"),
			"./mvnw -Paot -pl sample-app -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false",
			(root, command) -> contains(root.resolve(".ci/run"), command,
					"CI runs the sample processed ahead of time (RunnableJarIT with spring.aot.enabled)"),
			"./mvnw -Pnative -pl sample-app -am package -DskipTests",
			(root, command) -> contains(root.resolve("sample-app/pom.xml"), "<goal>compile-no-fork</goal>",
					"the sample's native profile builds the executable at package (needs a GraalVM: "
							+ "no build here runs it, as docs/native-image.md says)"),
			"./mvnw -q -pl benchmarks -am package -DskipTests",
			(root, command) -> contains(root.resolve("benchmarks/pom.xml"), "<finalName>benchmarks</finalName>",
					"the benchmarks module builds benchmarks.jar"));

	/** What the {@code main} of a documented class must print. */
	static final Map<String, Pattern> MAIN_OUTPUTS = Map.of("io.github.zmqspring.security.ZmqKeyGenerator",
			Pattern.compile("public-key: \\S{40}\nsecret-key: \\S{40}\n# wrote .*", Pattern.DOTALL));

	private static final Pattern PYTHON_ONE_LINER = Pattern.compile("(/usr/bin/)?python3 -c .*");

	private static final Pattern PYTHON_SCRIPT = Pattern
		.compile("(/usr/bin/)?python3 (sample-app/clients/\\S+\\.py)( .*)?");

	private static final Pattern BENCHMARKS_JAR = Pattern
		.compile("java (-jar|-cp) benchmarks/target/benchmarks\\.jar( ([a-z][\\w.]*\\.([A-Z]\\w*)))?( .*)?");

	private static final Pattern SAMPLE_JAR = Pattern
		.compile("java (-D\\S+ )*-jar sample-app/target/sample-app-\\*\\.jar( .*)?");

	private static final Path BENCHMARKS_SMOKE_TESTS = Path
		.of("benchmarks/src/test/java/io/github/zmqspring/benchmarks/BenchmarksSmokeTests.java");

	private static final Pattern JAVA_MAIN = Pattern
		.compile("java (.* )?([a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*)( .*)?");

	private final Path root;

	private final Path workDir;

	/**
	 * Create the checks for one repository.
	 * @param root the repository root
	 * @param workDir a directory for files the commands write
	 */
	ShellBlocks(Path root, Path workDir) {
		this.root = root;
		this.workDir = workDir;
	}

	/**
	 * Check one block.
	 * @param block a {@code bash} block
	 * @return the problems, empty when every command is exercised
	 */
	List<String> problems(CodeBlock block) throws Exception {
		List<String> problems = new ArrayList<>();
		List<String> lines = block.lines();
		for (int i = 0; i < lines.size(); i++) {
			int first = i;
			StringBuilder command = new StringBuilder(lines.get(i).strip());
			while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
				command.setLength(command.length() - 1);
				command.append(' ').append(lines.get(++i).strip());
			}
			String text = command.toString().replaceAll("\\s+", " ").strip();
			if (!text.isEmpty() && !text.startsWith("#")) {
				check(text)
					.forEach((problem) -> problems.add(block.location(first) + ": " + problem + "\n    " + text));
			}
		}
		return problems;
	}

	private List<String> check(String command) throws Exception {
		if (command.startsWith("./mvnw")) {
			BiFunction<Path, String, List<String>> check = MAVEN_COMMANDS.get(command);
			return (check != null) ? check.apply(this.root, command)
					: List.of("a Maven command no test exercises; "
							+ "add it, with how it is exercised, to ShellBlocks.MAVEN_COMMANDS (known: "
							+ MAVEN_COMMANDS.keySet() + ")");
		}
		if (PYTHON_ONE_LINER.matcher(command).matches()) {
			return runPython(command);
		}
		Matcher script = PYTHON_SCRIPT.matcher(command);
		if (script.matches()) {
			return Files.isRegularFile(this.root.resolve(script.group(2))) ? List.of()
					: List.of("no such script " + script.group(2));
		}
		if (SAMPLE_JAR.matcher(command).matches()) {
			return contains(this.root.resolve("sample-app/pom.xml"), "RunnableJarIT",
					"failsafe runs RunnableJarIT, which starts the repackaged jar, in the normal build");
		}
		Matcher benchmarks = BENCHMARKS_JAR.matcher(command);
		if (benchmarks.matches()) {
			String exercised = ("-cp".equals(benchmarks.group(1)) && benchmarks.group(4) != null) ? benchmarks.group(4)
					: "Runner";
			return contains(this.root.resolve(BENCHMARKS_SMOKE_TESTS), exercised,
					"BenchmarksSmokeTests runs it in the normal build");
		}
		Matcher main = JAVA_MAIN.matcher(command);
		if (main.matches()) {
			return runMain(main.group(2), (main.group(4) != null) ? main.group(4).strip().split(" ") : new String[0]);
		}
		return List.of("a command no test exercises; add a rule for it to ShellBlocks");
	}

	private List<String> runPython(String command) throws IOException, InterruptedException {
		PythonPeer.assumePyzmq();
		Path output = this.workDir.resolve("python-one-liner.txt");
		Process process = new ProcessBuilder("bash", "-c", command.replaceFirst("^python3", "/usr/bin/python3"))
			.directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean exited = process.waitFor(20, TimeUnit.SECONDS);
		process.destroyForcibly();
		if (!exited || process.exitValue() != 0) {
			return List.of((exited ? "exited with " + process.exitValue() : "did not finish in 20s") + ", output:\n"
					+ Files.readString(output));
		}
		return List.of();
	}

	private List<String> runMain(String className, String[] args) throws Exception {
		Pattern expected = MAIN_OUTPUTS.get(className);
		if (expected == null) {
			return List.of("no expected output for " + className + " in ShellBlocks.MAIN_OUTPUTS");
		}
		String[] resolved = Arrays.stream(args)
			.map((arg) -> arg.matches("\\[.+]") ? this.workDir.resolve(arg.substring(1, arg.length() - 1)).toString()
					: arg)
			.toArray(String[]::new);
		String output = captureOutput(
				() -> Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) resolved));
		return expected.matcher(output).matches() ? List.of()
				: List.of("main printed:\n" + output + "expected: " + expected.pattern());
	}

	private static String captureOutput(ThrowingRunnable action) throws Exception {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		catch (InvocationTargetException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

	private static List<String> contains(Path file, String expected, String why) {
		try {
			return Files.readString(file).contains(expected) ? List.of()
					: List.of(file.getFileName() + " no longer contains '" + expected + "': " + why);
		}
		catch (IOException ex) {
			return List.of("cannot read " + file + ": " + ex.getMessage());
		}
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
