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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fenced code block of a Markdown document: its language (the first word of the info
 * string), the rest of the info string, its text and where it starts.
 *
 * @param file the document, relative to the repository root
 * @param line the 1-based line of the opening fence
 * @param language the language label, empty when the fence has none
 * @param info the info string after the language, e.g. {@code title="zmq_envelope.py"}
 * @param text the lines between the fences, each ending with a new line
 */
record CodeBlock(String file, int line, String language, String info, String text) {

	private static final Pattern FENCE = Pattern.compile("^( {0,3})(```+)\\s*(\\S*)\\s*(.*)$");

	/**
	 * Every fenced block of {@code README.md} and {@code docs/*.md} under a repository
	 * root.
	 * @param root the repository root
	 * @return the blocks, in document order
	 */
	static List<CodeBlock> scan(Path root) {
		List<CodeBlock> blocks = new ArrayList<>(parse(root, root.resolve("README.md")));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((doc) -> doc.toString().endsWith(".md"))
				.sorted()
				.forEach((doc) -> blocks.addAll(parse(root, doc)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return blocks;
	}

	static List<CodeBlock> parse(Path root, Path document) {
		List<String> lines = readLines(document);
		String file = root.relativize(document).toString();
		List<CodeBlock> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher open = FENCE.matcher(lines.get(i));
			if (!open.matches()) {
				continue;
			}
			int indent = open.group(1).length();
			String fence = open.group(2);
			StringBuilder text = new StringBuilder();
			int start = i;
			for (i++; i < lines.size() && !isClosing(lines.get(i), fence); i++) {
				String content = lines.get(i);
				text.append(content, Math.min(indent, leadingSpaces(content)), content.length()).append('\n');
			}
			if (i == lines.size()) {
				throw new IllegalStateException(file + ":" + (start + 1) + ": code block is never closed");
			}
			blocks.add(new CodeBlock(file, start + 1, open.group(3), open.group(4).trim(), text.toString()));
		}
		return blocks;
	}

	/**
	 * The block's lines, the first having number {@code line + 1} in the document.
	 * @return the lines of the text
	 */
	List<String> lines() {
		return this.text.lines().toList();
	}

	/**
	 * Where a line of the block is in its document, as {@code file:line}.
	 * @param index the 0-based index of the line in the block
	 * @return the location
	 */
	String location(int index) {
		return this.file + ":" + (this.line + 1 + index);
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line + " ```" + this.language;
	}

	private static boolean isClosing(String line, String fence) {
		String trimmed = line.strip();
		return trimmed.startsWith(fence) && trimmed.chars().allMatch((c) -> c == '`');
	}

	private static int leadingSpaces(String line) {
		int n = 0;
		while (n < line.length() && line.charAt(n) == ' ') {
			n++;
		}
		return n;
	}

	private static List<String> readLines(Path document) {
		try {
			return Files.readAllLines(document, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
