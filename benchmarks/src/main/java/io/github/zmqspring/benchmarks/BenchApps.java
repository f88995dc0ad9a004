package io.github.zmqspring.benchmarks;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring Boot applications of the benchmarks: no web server, no banner, quiet logs.
 *
 * @author zmq-spring-boot
 */
public final class BenchApps {

	/** Socket high-water mark of the one-way benchmarks: a whole batch fits, nothing drops. */
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
