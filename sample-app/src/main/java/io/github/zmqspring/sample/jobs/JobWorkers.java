package io.github.zmqspring.sample.jobs;

import io.github.zmqspring.annotation.ZmqRepListener;

import org.springframework.stereotype.Component;

/**
 * Two REP workers behind the {@code jobs} queue proxy: each connects to the proxy's backend
 * and answers one job at a time; the proxy spreads the clients' requests over them.
 *
 * @author zmq-spring-boot
 */
@Component
public class JobWorkers {

	@ZmqRepListener(id = "job-worker-1", connect = "tcp://${sample.host}:${sample.ports.jobs-backend}")
	public String first(String job) {
		return "job-worker-1 did " + job;
	}

	@ZmqRepListener(id = "job-worker-2", connect = "tcp://${sample.host}:${sample.ports.jobs-backend}")
	public String second(String job) {
		return "job-worker-2 did " + job;
	}

}
