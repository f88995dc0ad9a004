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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.zmqspring.benchmarks.apps.idle.IdleApp;
import io.github.zmqspring.benchmarks.apps.plain.PlainApp;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 7: the footprint of an idle application with ten endpoints against the same
 * Boot application without the starter: start time (to a context with all ten sockets
 * open, the clients' included, which open on first use), heap used after a full GC, live
 * threads. Each measurement runs in a fresh JVM (start time includes class loading, as
 * for a real service), several times, alternating; the medians are printed.
 * <p>
 * Run:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.zmqspring.benchmarks.Footprint [runs]}
 */
public final class Footprint {

	private static final String RESULT = "FOOTPRINT ";

	private Footprint() {
	}

	/**
	 * One measurement of one application, in this JVM.
	 *
	 * @param startMillis time to a started context
	 * @param heapBytes heap used after start and a full GC
	 * @param threads live threads after start
	 */
	public record Sample(double startMillis, long heapBytes, int threads) {
	}

	/**
	 * Measure one application in this JVM.
	 * @param withStarter the ten-endpoint application, or the plain one
	 * @return the measurement
	 */
	public static Sample measure(boolean withStarter) {
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = withStarter ? BenchApps.run(IdleApp.class, IdleApp.PROPERTIES)
				: BenchApps.run(PlainApp.class, PlainApp.WITHOUT_STARTER)) {
			if (withStarter) {
				IdleApp.openClients(context);
			}
			double startMillis = (System.nanoTime() - start) / 1e6;
			for (int i = 0; i < 3; i++) {
				System.gc();
			}
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			int threads = ManagementFactory.getThreadMXBean().getThreadCount();
			return new Sample(startMillis, heap, threads);
		}
	}

	/**
	 * Measure in fresh JVMs and print the medians, or, with
	 * {@code measure starter|plain}, measure once in this JVM.
	 * @param args {@code [runs]} or {@code measure starter|plain}
	 * @throws Exception when a child JVM fails
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("measure")) {
			Sample sample = measure(args[1].equals("starter"));
			System.out.println(RESULT + sample.startMillis() + " " + sample.heapBytes() + " " + sample.threads());
			return;
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		List<Sample> plain = new ArrayList<>();
		List<Sample> starter = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			plain.add(child("plain"));
			starter.add(child("starter"));
		}
		System.out.printf("%-40s %12s %12s %8s%n", "application (median of " + runs + " JVMs)", "start ms", "heap MiB",
				"threads");
		print("Boot app without the starter", plain);
		print("starter, 10 idle endpoints", starter);
	}

	private static void print(String name, List<Sample> samples) {
		System.out.printf("%-40s %12.0f %12.1f %8d%n", name, median(samples.stream().mapToDouble(Sample::startMillis)),
				median(samples.stream().mapToDouble(Sample::heapBytes)) / (1024 * 1024),
				(int) median(samples.stream().mapToDouble(Sample::threads)));
	}

	private static double median(java.util.stream.DoubleStream values) {
		double[] sorted = values.sorted().toArray();
		return sorted[sorted.length / 2];
	}

	private static Sample child(String variant) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				Footprint.class.getName(), "measure", variant)
			.redirectErrorStream(true)
			.start();
		String result = null;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith(RESULT)) {
					result = line.substring(RESULT.length());
				}
			}
		}
		if (process.waitFor() != 0 || result == null) {
			throw new IllegalStateException("Measuring '" + variant + "' failed");
		}
		String[] fields = result.split(" ");
		return new Sample(Double.parseDouble(fields[0]), Long.parseLong(fields[1]), Integer.parseInt(fields[2]));
	}

}
