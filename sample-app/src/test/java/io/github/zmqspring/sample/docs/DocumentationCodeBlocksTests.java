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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.zmqspring.test.PythonPeer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every fenced code block of {@code README.md} and {@code docs/*.md} is compiled or run,
 * one dynamic test per block named {@code file:line ```language}, checked by its
 * language:
 * <ul>
 * <li>{@code java}: compiled ({@link JavaBlocks});</li>
 * <li>{@code yaml}: bound as Spring Boot binds {@code application.yml}
 * ({@link YamlBlocks});</li>
 * <li>{@code xml}: a {@code <dependency>} on the starter or on
 * {@code zmq-spring-boot-test}, with that module pom's coordinates;</li>
 * <li>{@code python}: the {@code zmq_envelope.py} codec is the one {@link PythonPeer}
 * ships next to every Python program the tests run; any other block runs with pyzmq
 * against this sample, the sample's default ports ({@code sample.ports.*} of
 * {@code application.yml}) rewritten to the random ones, and must exit 0;</li>
 * <li>{@code bash}: each command exercised ({@link ShellBlocks});</li>
 * <li>{@code text}: a Prometheus excerpt checked against a real scrape of this sample, or
 * an envelope hex dump checked with the codec ({@link TextBlocks}).</li>
 * </ul>
 * A block without a language, or in a language without a check, fails.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DocumentationCodeBlocksTests {

	private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

	/** The modules an application may depend on: the starter and the test support. */
	private static final List<String> DEPENDABLE_MODULES = List.of("zmq-spring-boot-starter", "zmq-spring-boot-test");

	/** The sample's sockets ({@code sample.ports.*}) with their default ports. */
	private static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

	/** The same sockets with the random ports this test moves them to. */
	private static final Map<String, Integer> PORTS = DEFAULT_PORTS.keySet()
		.stream()
		.collect(Collectors.toMap(Function.identity(), (name) -> TestSocketUtils.findAvailableTcpPort()));

	private static final List<CodeBlock> BLOCKS = CodeBlock.scan(ROOT);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int webPort;

	@TempDir
	Path workDir;

	@DynamicPropertySource
	static void randomPorts(DynamicPropertyRegistry registry) {
		PORTS.forEach((name, port) -> registry.add("sample.ports." + name, () -> port));
	}

	@TestFactory
	Stream<DynamicTest> everyCodeBlockIsCompiledOrRun() {
		assertThat(BLOCKS).as("code blocks under %s", ROOT).isNotEmpty();
		JavaBlocks java = JavaBlocks.compile(blocks("java"), this.workDir.resolve("classes"));
		YamlBlocks yaml = new YamlBlocks();
		ShellBlocks bash = new ShellBlocks(ROOT, this.workDir);
		TextBlocks text = new TextBlocks(() -> get("/actuator/prometheus"));
		Map<String, Check> checks = Map.of("java", java::errors, "yaml", yaml::problems, "xml",
				this::dependencyProblems, "python", this::pythonProblems, "bash", bash::problems, "text",
				text::problems);
		return BLOCKS.stream().map((block) -> dynamicTest(block.toString(), () -> {
			if (block.language().isEmpty()) {
				fail(block + ": label the block's language (java, yaml, xml, python, bash or text)");
			}
			Check check = checks.get(block.language());
			if (check == null) {
				fail(block + ": no check for language '" + block.language() + "'; use one of " + checks.keySet()
						+ " or add a check to DocumentationCodeBlocksTests");
			}
			List<String> problems = check.problems(block);
			assertThat(problems).withFailMessage("%s:%n%s", block, String.join("\n", problems)).isEmpty();
		}));
	}

	private List<String> dependencyProblems(CodeBlock block) throws Exception {
		Element dependency = parse(block.text().getBytes());
		String artifactId = child(dependency, "artifactId");
		String module = DEPENDABLE_MODULES.contains(artifactId) ? artifactId : DEPENDABLE_MODULES.get(0);
		Element pom = parse(Files.readAllBytes(ROOT.resolve(module + "/pom.xml")));
		Element parent = (Element) pom.getElementsByTagName("parent").item(0);
		List<String> expected = List.of(child(parent, "groupId"), child(pom, "artifactId"), child(parent, "version"));
		List<String> documented = List.of(child(dependency, "groupId"), child(dependency, "artifactId"),
				child(dependency, "version"));
		return dependency.getTagName().equals("dependency") && documented.equals(expected) ? List.of()
				: List.of(block + ": expected a <dependency> on " + String.join(":", expected) + ", found <"
						+ dependency.getTagName() + "> " + String.join(":", documented));
	}

	private List<String> pythonProblems(CodeBlock block) throws IOException {
		if (block.info().equals("title=\"zmq_envelope.py\"")) {
			return block.text().equals(PythonPeer.envelopeCodec()) ? List.of()
					: List.of(block + ": differs from the codec PythonPeer writes next to every Python peer");
		}
		String source = block.text();
		for (Map.Entry<String, Integer> port : DEFAULT_PORTS.entrySet()) {
			source = source.replaceAll("(localhost|127\\.0\\.0\\.1):" + port.getValue() + "\\b",
					"127.0.0.1:" + PORTS.get(port.getKey()));
		}
		Path dir = Files.createDirectories(this.workDir.resolve("python-" + block.line()));
		try (PythonPeer peer = PythonPeer.start(dir, source)) {
			peer.awaitSuccess(Duration.ofSeconds(20));
		}
		return List.of();
	}

	private String get(String path) {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.webPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<CodeBlock> blocks(String language) {
		return BLOCKS.stream().filter((block) -> block.language().equals(language)).toList();
	}

	private static Element parse(byte[] xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))
			.getDocumentElement();
	}

	private static String child(Element element, String name) {
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
				return child.getTextContent().strip();
			}
		}
		return "(no " + name + ")";
	}

	private static Map<String, Integer> defaultPorts() {
		try {
			Map<String, Integer> ports = new LinkedHashMap<>();
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
					new ClassPathResource("application.yml"))) {
				for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
					if (name.startsWith("sample.ports.")) {
						ports.put(name.substring("sample.ports.".length()),
								Integer.valueOf(String.valueOf(source.getProperty(name))));
					}
				}
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A check of one block: the problems found, empty when it is right. */
	@FunctionalInterface
	private interface Check {

		List<String> problems(CodeBlock block) throws Exception;

	}

}
