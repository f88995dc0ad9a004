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

package io.github.zmqspring.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints a Markdown table of a JMH JSON result ({@code -rf json -rff results.json}) with
 * each score next to its raw baseline from the same run. A benchmark named
 * {@code <scenario><Variant>} ({@code Starter}, {@code Grpc}, {@code SpringIntegration},
 * {@code StarterProxy}, {@code JeromqProxy}, {@code Broker}) is compared with
 * {@code <scenario>Raw} or {@code <scenario>Direct} of the same class and parameters.
 * Throughput scores are the median of the forks' means; sample-time rows show p50, p99
 * and p99.9 over all forks.
 * <p>
 * Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.zmqspring.benchmarks.Ratios results.json}
 */
public final class Ratios {

	private static final List<String> BASELINES = List.of("Raw", "Direct");

	private static final List<String> VARIANTS = List.of("StarterProxy", "JeromqProxy", "SpringIntegration", "Starter",
			"Grpc", "Broker", "Raw", "Direct");

	private static final double[] PERCENTILES = { 50.0, 99.0, 99.9 };

	private Ratios() {
	}

	/**
	 * One benchmark result.
	 *
	 * @param type the benchmark class
	 * @param scenario the method name without its variant
	 * @param variant the variant
	 * @param params the parameters
	 * @param mode the JMH mode
	 * @param scores the median score, or the percentiles in sample mode
	 * @param unit the score unit
	 */
	record Row(String type, String scenario, String variant, Map<String, String> params, String mode, double[] scores,
			String unit) {

		boolean isBaseline() {
			return BASELINES.contains(this.variant);
		}

		boolean isBaselineOf(Row other) {
			return isBaseline() && this.type.equals(other.type) && this.scenario.equals(other.scenario)
					&& this.params.entrySet()
						.stream()
						.allMatch((param) -> Objects.equals(other.params.get(param.getKey()), param.getValue()));
		}

	}

	/**
	 * Read a JMH JSON result.
	 * @param file the file
	 * @return the rows
	 */
	static List<Row> read(File file) {
		List<Row> rows = new ArrayList<>();
		for (JsonNode result : JsonMapper.builder().build().readTree(file)) {
			String benchmark = result.get("benchmark").asString();
			String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
			type = type.substring(type.lastIndexOf('.') + 1);
			String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
			String variant = VARIANTS.stream().filter(method::endsWith).findFirst().orElse("");
			Map<String, String> params = new LinkedHashMap<>();
			JsonNode paramsNode = result.get("params");
			if (paramsNode != null) {
				paramsNode.properties().forEach((param) -> params.put(param.getKey(), param.getValue().asString()));
			}
			String mode = result.get("mode").asString();
			JsonNode metric = result.get("primaryMetric");
			double[] scores = mode.equals("sample") ? percentiles(metric.get("scorePercentiles"))
					: new double[] { medianOfForks(metric.get("rawData")) };
			rows.add(new Row(type, method.substring(0, method.length() - variant.length()), variant, params, mode,
					scores, metric.get("scoreUnit").asString()));
		}
		return rows;
	}

	private static double[] percentiles(JsonNode percentiles) {
		return Arrays.stream(PERCENTILES).map((p) -> percentiles.get(percentileKey(p)).asDouble()).toArray();
	}

	private static String percentileKey(double percentile) {
		return (percentile == Math.rint(percentile)) ? String.format("%.1f", percentile) : String.valueOf(percentile);
	}

	private static double medianOfForks(JsonNode rawData) {
		double[] forkMeans = new double[rawData.size()];
		for (int fork = 0; fork < rawData.size(); fork++) {
			JsonNode iterations = rawData.get(fork);
			double sum = 0;
			for (JsonNode iteration : iterations) {
				sum += iteration.asDouble();
			}
			forkMeans[fork] = sum / iterations.size();
		}
		Arrays.sort(forkMeans);
		int middle = forkMeans.length / 2;
		return (forkMeans.length % 2 == 1) ? forkMeans[middle] : (forkMeans[middle - 1] + forkMeans[middle]) / 2;
	}

	/**
	 * Format the rows as a Markdown table.
	 * @param rows the rows
	 * @return the table
	 */
	static String table(List<Row> rows) {
		StringBuilder table = new StringBuilder(
				"| benchmark | params | score | unit | vs raw/direct |\n| --- | --- | ---: | --- | ---: |\n");
		for (Row row : rows) {
			Row baseline = rows.stream().filter((candidate) -> candidate.isBaselineOf(row)).findFirst().orElse(null);
			table.append("| ")
				.append(row.type())
				.append('.')
				.append(row.scenario())
				.append(row.variant())
				.append(" | ")
				.append(row.params().isEmpty() ? "" : row.params().toString())
				.append(" | ")
				.append(scores(row))
				.append(" | ")
				.append(row.unit())
				.append(" | ")
				.append((baseline == null || row.isBaseline()) ? "" : comparison(row, baseline))
				.append(" |\n");
		}
		return table.toString();
	}

	private static String scores(Row row) {
		if (!row.mode().equals("sample")) {
			return String.format("%,.0f", row.scores()[0]);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < PERCENTILES.length; i++) {
			text.append((i > 0) ? ", " : "")
				.append("p")
				.append(percentileText(PERCENTILES[i]))
				.append(' ')
				.append(String.format("%.1f", row.scores()[i]));
		}
		return text.toString();
	}

	private static String percentileText(double percentile) {
		return (percentile == Math.rint(percentile)) ? String.valueOf((int) percentile) : String.valueOf(percentile);
	}

	private static String comparison(Row row, Row baseline) {
		if (!row.mode().equals("sample")) {
			return String.format("%.2fx", row.scores()[0] / baseline.scores()[0]);
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < PERCENTILES.length; i++) {
			text.append((i > 0) ? ", " : "")
				.append("p")
				.append(percentileText(PERCENTILES[i]))
				.append(' ')
				.append(String.format("%+.1f (%.2fx)", row.scores()[i] - baseline.scores()[i],
						row.scores()[i] / baseline.scores()[i]));
		}
		return text.toString();
	}

	/**
	 * Print the table of a JMH JSON result.
	 * @param args the result file
	 */
	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: Ratios results.json");
			System.exit(2);
		}
		System.out.print(table(read(new File(args[0]))));
	}

}
