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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the {@code java} blocks of the documentation with the JDK's compiler against
 * the test class path. Each block is one compilation unit in a package of its own (so
 * blocks may declare the same class names), behind a fixed preamble of imports: the
 * starter's annotations, clients, core and conversion types, spring-messaging, Spring
 * stereotypes and configuration, Reactor, the usual {@code java.*} packages and the
 * domain types of {@code io.github.zmqspring.sample.docs.support} the examples use. All
 * blocks go to one compiler run; its errors are reported against the document lines they
 * come from.
 */
final class JavaBlocks {

	static final List<String> IMPORTS = List.of("io.github.zmqspring.annotation.*", "io.github.zmqspring.client.*",
			"io.github.zmqspring.core.*", "io.github.zmqspring.convert.*", "io.github.zmqspring.listener.*",
			"io.github.zmqspring.sample.docs.support.*", "java.math.*", "java.time.*", "java.util.*",
			"java.util.concurrent.*", "java.util.concurrent.atomic.*", "java.util.function.*",
			"jakarta.validation.Valid", "org.springframework.beans.factory.annotation.*",
			"org.springframework.context.annotation.*", "org.springframework.messaging.*",
			"org.springframework.messaging.converter.*", "org.springframework.messaging.handler.annotation.*",
			"org.springframework.stereotype.*", "org.zeromq.ZMsg", "reactor.core.publisher.*");

	private static final int PREAMBLE_LINES = 1 + IMPORTS.size();

	private final Map<CodeBlock, List<String>> errors = new LinkedHashMap<>();

	private JavaBlocks() {
	}

	/**
	 * Compile blocks together.
	 * @param blocks the {@code java} blocks
	 * @param outputDir where the class files go
	 * @return the outcome, to ask per block
	 */
	static JavaBlocks compile(List<CodeBlock> blocks, Path outputDir) {
		JavaBlocks result = new JavaBlocks();
		blocks.forEach((block) -> result.errors.put(block, new ArrayList<>()));
		List<CodeBlock> remaining = new ArrayList<>(blocks);
		// javac stops before type checking when any unit has a syntax error: compile
		// again without the failed blocks
		while (!remaining.isEmpty() && result.compileOnce(remaining, outputDir)) {
			remaining.removeIf((block) -> !result.errors(block).isEmpty());
		}
		return result;
	}

	/**
	 * Run the compiler once.
	 * @return whether some block had errors
	 */
	private boolean compileOnce(List<CodeBlock> blocks, Path outputDir) {
		Map<URI, CodeBlock> byUri = new LinkedHashMap<>();
		List<JavaFileObject> units = new ArrayList<>();
		for (CodeBlock block : blocks) {
			Unit unit = new Unit(block);
			byUri.put(unit.toUri(), block);
			units.add(unit);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
				StandardCharsets.UTF_8)) {
			List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:none", "-classpath",
					System.getProperty("java.class.path"), "-d", outputDir.toString());
			compiler.getTask(null, files, diagnostics, options, null, units).call();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean failed = false;
		for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
			if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
				CodeBlock block = (diagnostic.getSource() != null) ? byUri.get(diagnostic.getSource().toUri()) : null;
				if (block == null) {
					throw new IllegalStateException("javac: " + diagnostic.getMessage(Locale.ROOT));
				}
				int index = (int) diagnostic.getLineNumber() - PREAMBLE_LINES - 1;
				String line = (index >= 0 && index < block.lines().size()) ? block.lines().get(index).strip() : "";
				this.errors.get(block)
					.add(block.location(index) + ": " + diagnostic.getMessage(Locale.ROOT) + "\n    " + line);
				failed = true;
			}
		}
		return failed;
	}

	/**
	 * The compiler errors of one block.
	 * @param block a block given to {@link #compile}
	 * @return its errors, each with the document line, the message and the source line
	 */
	List<String> errors(CodeBlock block) {
		return this.errors.get(block);
	}

	/**
	 * One block as a compilation unit: package, imports, the block.
	 */
	private static final class Unit extends SimpleJavaFileObject {

		private final String source;

		Unit(CodeBlock block) {
			super(URI.create("string:///" + packageName(block).replace('.', '/') + "/Snippet.java"), Kind.SOURCE);
			StringBuilder source = new StringBuilder("package ").append(packageName(block)).append(";\n");
			IMPORTS.forEach((name) -> source.append("import ").append(name).append(";\n"));
			this.source = source.append(block.text()).toString();
		}

		private static String packageName(CodeBlock block) {
			String document = block.file()
				.toLowerCase(Locale.ROOT)
				.replaceAll("\\.md$", "")
				.replaceAll("[^a-z0-9]+", "_");
			return "docblocks." + document + ".line" + block.line();
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.source;
		}

	}

}
