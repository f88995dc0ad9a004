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

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring Boot applications of the benchmarks: no web server, no banner, quiet
 * logs.
 */
public final class BenchApps {

	/**
	 * Socket high-water mark of the one-way benchmarks: a whole batch fits, nothing
	 * drops.
	 */
	public static final int HWM = 100_000;

	private BenchApps() {
	}

	/**
	 * Start an application.
	 * @param configuration the application class
	 * @param properties {@code key=value} properties
	 * @return the running application
	 */
	public static ConfigurableApplicationContext run(Class<?> configuration, String... properties) {
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.properties(properties)
			.run();
	}

	/**
	 * The port an endpoint bound, as published in {@code local.zmq.<name>.port}.
	 * @param context the application
	 * @param endpoint the endpoint name
	 * @return the port
	 */
	public static int port(ConfigurableApplicationContext context, String endpoint) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.zmq." + endpoint + ".port"));
	}

}
