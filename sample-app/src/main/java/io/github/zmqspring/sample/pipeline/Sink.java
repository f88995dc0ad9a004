package io.github.zmqspring.sample.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.zmqspring.annotation.ZmqPullListener;

import org.springframework.stereotype.Component;

/**
 * Collects the workers' results on the PULL endpoint {@code results}.
 *
 * @author zmq-spring-boot
 */
@Component
public class Sink {

	private final List<Result> results = new CopyOnWriteArrayList<>();

	@ZmqPullListener(endpoint = "results")
	public void collect(Result result) {
		this.results.add(result);
	}

	/** @return the results collected so far */
	public List<Result> results() {
		return List.copyOf(this.results);
	}

}
