package io.github.zmqspring.sample.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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

	private static final Log logger = LogFactory.getLog(JobsDemo.class);

	private static final int JOBS = 6;

	private final JobsClient jobs;

	public JobsDemo(JobsClient jobs) {
		this.jobs = jobs;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<CompletableFuture<String>> replies = IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> this.jobs.submit("job-" + i))
			.toList();
		Map<String, Long> byWorker = new TreeMap<>(replies.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy((reply) -> reply.substring(0, reply.indexOf(' ')), Collectors.counting())));
		logger.info("[demo] queue proxy (DEALER -> ROUTER|DEALER -> REP): " + JOBS + " jobs answered by " + byWorker);
	}

}
