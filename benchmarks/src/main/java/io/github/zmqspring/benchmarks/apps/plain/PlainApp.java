package io.github.zmqspring.benchmarks.apps.plain;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The baseline of the footprint measurement: a Boot application with no ZeroMQ, started
 * with the starter's auto-configurations excluded.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class PlainApp {

	/** Excludes the starter's auto-configurations. */
	public static final String WITHOUT_STARTER = "spring.autoconfigure.exclude="
			+ "io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration,"
			+ "io.github.zmqspring.boot.autoconfigure.health.ZmqHealthContributorAutoConfiguration,"
			+ "io.github.zmqspring.boot.autoconfigure.metrics.ZmqMetricsAutoConfiguration";

}
