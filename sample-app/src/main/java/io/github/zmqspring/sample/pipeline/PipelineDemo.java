package io.github.zmqspring.sample.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Sends tasks through the ventilator, waits for the sink to have every result and logs who
 * did what.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class PipelineDemo implements ApplicationRunner {

	private static final int TASKS = 20;

	private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

	private final Ventilator ventilator;

	private final Sink sink;

	private final DemoLog log;

	public PipelineDemo(Ventilator ventilator, Sink sink, DemoLog log) {
		this.ventilator = ventilator;
		this.sink = sink;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		for (int i = 1; i <= TASKS; i++) {
			this.ventilator.push(new Task(i, i));
		}
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (this.sink.results().size() < TASKS && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		List<Result> results = this.sink.results();
		Map<String, Long> byWorker = new TreeMap<>(
				results.stream().collect(Collectors.groupingBy(Result::worker, Collectors.counting())));
		long sum = results.stream().mapToLong(Result::value).sum();
		this.log.report("PUSH/PULL pipeline: " + TASKS + " tasks -> workers " + byWorker + " -> sink got "
				+ results.size() + " results, sum of squares " + sum);
	}

}
