package io.github.zmqspring.sample;

import java.util.function.Consumer;

/**
 * A demonstration of one pattern, run at startup by the {@link DemoRunner}: it exercises the
 * pattern against the running service and reports what it saw.
 *
 * @author zmq-spring-boot
 */
@FunctionalInterface
public interface Demo {

	/**
	 * Exercise the pattern.
	 * @param report takes one line per result
	 * @throws Exception when the demonstration fails
	 */
	void run(Consumer<String> report) throws Exception;

}
