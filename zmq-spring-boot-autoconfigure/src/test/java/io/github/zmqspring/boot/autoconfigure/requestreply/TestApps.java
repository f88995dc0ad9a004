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

package io.github.zmqspring.boot.autoconfigure.requestreply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the server and client applications of the request/reply tests as separate Spring
 * Boot applications, like two services talking over TCP.
 */
public final class TestApps {

	private TestApps() {
	}

	/**
	 * Start an application without a web server.
	 * @param configuration the application class
	 * @param properties extra {@code key=value} properties
	 * @return the running application
	 */
	public static ConfigurableApplicationContext run(Class<?> configuration, String... properties) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.io.github.zmqspring=INFO")
			.properties(properties)
			.run();
	}

	/**
	 * Start the {@link EchoServerApp} with its {@code lockstep} endpoint on a random
	 * port.
	 * @param rpcBind the property that binds the {@code rpc} endpoint
	 * @return the running server
	 */
	static ConfigurableApplicationContext runServer(String rpcBind) {
		return run(EchoServerApp.class, rpcBind, "zmq.endpoints.lockstep.bind=tcp://127.0.0.1:*");
	}

	/**
	 * The port an endpoint of a running application bound, as published in
	 * {@code local.zmq.<name>.port}.
	 * @param context the application
	 * @param endpoint the endpoint name
	 * @return the port
	 */
	public static int port(ConfigurableApplicationContext context, String endpoint) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.zmq." + endpoint + ".port"));
	}

	/**
	 * A TCP port on 127.0.0.1 nobody listens on right now, for tests that need the port
	 * before the server exists.
	 * @return the port
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
