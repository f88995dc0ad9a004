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

package io.github.zmqspring.boot.autoconfigure.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A network namespace joined to the test's own by a veth pair. The link can be cut (the
 * test's end goes down: packets are dropped and neither side is told) and, where the
 * kernel has {@code sch_netem}, packets sent into the namespace can be delayed and lost
 * with {@code tc netem}. Needs root and iproute2; a test using it is skipped, with the
 * reason, where they are not available.
 */
final class NetworkNamespace implements AutoCloseable {

	private final String name;

	private final String hostDevice;

	private final String hostAddress;

	private final String namespaceAddress;

	private NetworkNamespace(String name, String hostDevice, String hostAddress, String namespaceAddress) {
		this.name = name;
		this.hostDevice = hostDevice;
		this.hostAddress = hostAddress;
		this.namespaceAddress = namespaceAddress;
	}

	/**
	 * Create the namespace and its link, or skip the test when that is not possible here.
	 * @return the namespace
	 */
	static NetworkNamespace createOrSkip() {
		int id = ThreadLocalRandom.current().nextInt(10, 250);
		String suffix = Integer.toString(id);
		NetworkNamespace namespace = new NetworkNamespace("zmqtest" + suffix, "zvh" + suffix, "10.213." + id + ".1",
				"10.213." + id + ".2");
		String failure = namespace.setUp();
		if (failure != null) {
			namespace.close();
			Assumptions.abort("network namespaces are not available here (needs root and iproute2): " + failure);
		}
		return namespace;
	}

	private String setUp() {
		String peer = "zvn" + this.hostDevice.substring(3);
		String[][] commands = { { "ip", "netns", "add", this.name },
				{ "ip", "link", "add", this.hostDevice, "type", "veth", "peer", "name", peer },
				{ "ip", "link", "set", peer, "netns", this.name },
				{ "ip", "addr", "add", this.hostAddress + "/30", "dev", this.hostDevice },
				{ "ip", "link", "set", this.hostDevice, "up" },
				{ "ip", "netns", "exec", this.name, "ip", "addr", "add", this.namespaceAddress + "/30", "dev", peer },
				{ "ip", "netns", "exec", this.name, "ip", "link", "set", peer, "up" },
				{ "ip", "netns", "exec", this.name, "ip", "link", "set", "lo", "up" } };
		for (String[] command : commands) {
			String failure = run(command);
			if (failure != null) {
				return failure;
			}
		}
		return null;
	}

	/**
	 * @return the address of the namespace's end of the link
	 */
	String address() {
		return this.namespaceAddress;
	}

	/**
	 * @return the command prefix that runs a program inside the namespace
	 */
	List<String> exec() {
		return List.of("ip", "netns", "exec", this.name);
	}

	/**
	 * Delay and lose packets sent into the namespace with {@code tc netem}, or skip the
	 * test when the kernel has no netem.
	 * @param netem the netem parameters, e.g. {@code delay 40ms loss 10%}
	 */
	void impairOrSkip(String... netem) {
		List<String> command = new ArrayList<>(
				List.of("tc", "qdisc", "replace", "dev", this.hostDevice, "root", "netem"));
		command.addAll(List.of(netem));
		String failure = run(command.toArray(String[]::new));
		Assumptions.assumeTrue(failure == null, () -> "tc netem is not available here: " + failure);
	}

	/** Cut the link: the test's end goes down, packets are dropped, no side is told. */
	void cut() {
		check(run("ip", "link", "set", this.hostDevice, "down"));
	}

	/** Bring the link back, without impairments. */
	void heal() {
		run("tc", "qdisc", "del", "dev", this.hostDevice, "root");
		check(run("ip", "link", "set", this.hostDevice, "up"));
	}

	private static void check(String failure) {
		if (failure != null) {
			throw new IllegalStateException(failure);
		}
	}

	@Override
	public void close() {
		run("ip", "link", "del", this.hostDevice);
		run("ip", "netns", "del", this.name);
	}

	private static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return String.join(" ", command) + ": timed out";
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (process.exitValue() == 0) ? null : String.join(" ", command) + ": " + output;
		}
		catch (IOException ex) {
			return String.join(" ", command) + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
