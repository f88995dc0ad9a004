package io.github.zmqspring.sample.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Submits a few jobs at once through the queue proxy and logs which worker did them.
 *
 * @param jobs the client of the queue proxy
 * @author zmq-spring-boot
 */
@Component
public record JobsDemo(JobsClient jobs) implements Demo {

	private static final int JOBS = 6;

	@Override
	public void run(Consumer<String> report) {
		List<CompletableFuture<String>> replies = IntStream.rangeClosed(1, JOBS)
			.mapToObj((i) -> this.jobs.submit("job-" + i))
			.toList();
		Map<String, Long> byWorker = new TreeMap<>(replies.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.groupingBy((reply) -> reply.substring(0, reply.indexOf(' ')), Collectors.counting())));
		report.accept("queue proxy (DEALER -> ROUTER|DEALER -> REP): " + JOBS + " jobs answered by " + byWorker);
	}

}
