package io.github.zmqspring.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Where the demo runners tell what they saw: one {@code [demo]} log line per pattern, also
 * kept so that the sample's test can check them.
 *
 * @author zmq-spring-boot
 */
@Component
public class DemoLog {

	private static final Log logger = LogFactory.getLog(DemoLog.class);

	private final List<String> lines = new CopyOnWriteArrayList<>();

	/**
	 * Log what a demo saw.
	 * @param line one line: the pattern, then the result
	 */
	public void report(String line) {
		this.lines.add(line);
		logger.info("[demo] " + line);
	}

	/** @return the lines reported so far */
	public List<String> lines() {
		return List.copyOf(this.lines);
	}

}
