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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;

/**
 * Checks the {@code text} blocks of the documentation. Two kinds are allowed, both
 * checked; any other text block fails (a listing nobody checks drifts):
 * <ul>
 * <li>a Prometheus scrape excerpt (a block with a {@code # TYPE} line): every
 * {@code # TYPE} line must be in a real scrape of the running sample, and every sample
 * line's meter name must be in it;</li>
 * <li>an envelope hex dump (each line starts with hex bytes, then a description after two
 * spaces): the bytes must decode with {@link ZmqEnvelopeCodec} and encode back to the
 * same bytes.</li>
 * </ul>
 */
final class TextBlocks {

	private static final Pattern HEX_LINE = Pattern.compile("((?:[0-9a-f]{2} ?)+)(?: {2,}.*)?");

	private static final Pattern SAMPLE_LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ].*");

	private final Supplier<String> scrape;

	/**
	 * Create the checks.
	 * @param scrape a {@code /actuator/prometheus} scrape of the running sample
	 */
	TextBlocks(Supplier<String> scrape) {
		this.scrape = scrape;
	}

	/**
	 * Check one block.
	 * @param block a {@code text} block
	 * @return the problems, empty when the block matches what it shows
	 */
	List<String> problems(CodeBlock block) {
		List<String> lines = block.lines();
		if (lines.stream().anyMatch((line) -> line.startsWith("# TYPE "))) {
			return scrapeProblems(block);
		}
		if (!lines.isEmpty() && lines.stream().allMatch((line) -> HEX_LINE.matcher(line).matches())) {
			return hexDumpProblems(block);
		}
		return List.of(block + ": a text block must be a Prometheus scrape excerpt or an envelope hex dump, the kinds "
				+ "TextBlocks checks; label it with its language or add a check for it");
	}

	private List<String> scrapeProblems(CodeBlock block) {
		String scrape = this.scrape.get();
		List<String> scrapeLines = scrape.lines().toList();
		List<String> problems = new ArrayList<>();
		List<String> lines = block.lines();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			Matcher sample = SAMPLE_LINE.matcher(line);
			if (line.startsWith("# TYPE ") && !scrapeLines.contains(line)) {
				problems.add(block.location(i) + ": the scrape has no line '" + line + "'");
			}
			else if (!line.startsWith("#") && sample.matches() && scrapeLines.stream()
				.noneMatch(
						(real) -> real.startsWith(sample.group(1) + "{") || real.startsWith(sample.group(1) + " "))) {
				problems.add(block.location(i) + ": the scrape has no meter '" + sample.group(1) + "'");
			}
		}
		if (!problems.isEmpty()) {
			problems.add("the zmq meters of the scrape:\n" + String.join("\n",
					scrapeLines.stream().filter((real) -> real.startsWith("# TYPE zmq_")).toList()));
		}
		return problems;
	}

	private static List<String> hexDumpProblems(CodeBlock block) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (String line : block.lines()) {
			Matcher hex = HEX_LINE.matcher(line);
			hex.matches();
			bytes.writeBytes(HexFormat.ofDelimiter(" ").parseHex(hex.group(1).strip()));
		}
		byte[] frame = bytes.toByteArray();
		try {
			ZmqEnvelope envelope = ZmqEnvelopeCodec.decode(frame);
			byte[] encoded = ZmqEnvelopeCodec.encode(envelope);
			return HexFormat.of().formatHex(encoded).equals(HexFormat.of().formatHex(frame)) ? List.of()
					: List.of(block + ": decodes to " + envelope + ", which encodes to "
							+ HexFormat.ofDelimiter(" ").formatHex(encoded));
		}
		catch (RuntimeException ex) {
			return List.of(block + ": the " + frame.length + " bytes are not an envelope: " + ex.getMessage());
		}
	}

}
