package io.github.zmqspring.sample.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Submits a few jobs at once through the queue proxy and logs which worker did them.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class JobsDemo implements ApplicationRunner {

	private static final int JOBS = 6;

	private final JobsClient jobs;

	private final DemoLog log;

	public JobsDemo(JobsClient jobs, DemoLog log) {
		this.jobs = jobs;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<CompletableFuture<String>> replies = IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> this.jobs.submit("job-" + i))
			.toList();
		Map<String, Long> byWorker = new TreeMap<>(replies.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy((reply) -> reply.substring(0, reply.indexOf(' ')), Collectors.counting())));
		this.log.report("queue proxy (DEALER -> ROUTER|DEALER -> REP): " + JOBS + " jobs answered by " + byWorker);
	}

}
