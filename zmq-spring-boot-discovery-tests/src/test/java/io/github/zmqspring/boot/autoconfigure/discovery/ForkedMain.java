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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TreeMap;

import io.github.zmqspring.boot.discovery.ZmqEndpointDiscovery;
import io.github.zmqspring.client.ZmqOperations;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main class of a {@link ForkedApp}: {@code server <args>} runs a
 * {@link DiscoveryServerApp} with a web server (so that Spring Cloud registers it),
 * {@code client <args>} a {@link DiscoveryClientApp}. It then reads commands from
 * standard input until it closes: {@code port} (the bound port of {@code orders}),
 * {@code instances} (the client's discovered addresses) and {@code send <n>} (the client
 * sends n requests at once and replies with how many each server answered).
 */
final class ForkedMain {

	/** The start of every reply line. */
	static final String REPLY = "@zmq-test ";

	private ForkedMain() {
	}

	public static void main(String[] args) throws IOException {
		boolean server = args[0].equals("server");
		String[] appArgs = Arrays.copyOfRange(args, 1, args.length);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(
				server ? DiscoveryServerApp.class : DiscoveryClientApp.class)
			.properties("spring.main.banner-mode=off")
			.run(appArgs);
		reply("started");
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String command;
		while ((command = input.readLine()) != null) {
			String[] words = command.split(" ");
			switch (words[0]) {
				case "port" -> reply("port " + context.getEnvironment().getProperty("local.zmq.orders.port"));
				case "instances" -> reply("instances "
						+ context.getBean(ZmqEndpointDiscovery.class).getStatus("orders-client").instances());
				case "send" -> reply("send " + new TreeMap<>(
						Traffic.send(context.getBean(ZmqOperations.class), Integer.parseInt(words[1])).servedBy()));
				default -> reply("unknown " + command);
			}
		}
		context.close();
	}

	private static void reply(String line) {
		System.out.println(REPLY + line);
		System.out.flush();
	}

}
