package io.github.zmqspring.sample.pipeline;

import io.github.zmqspring.annotation.ZmqPullListener;

import org.springframework.stereotype.Component;

/**
 * Two workers, each its own PULL socket connected to the ventilator, passing their results
 * on to the sink.
 *
 * @author zmq-spring-boot
 */
@Component
public class Workers {

	private final ResultPusher results;

	public Workers(ResultPusher results) {
		this.results = results;
	}

	@ZmqPullListener(id = "worker-1", connect = "tcp://${sample.host}:${sample.ports.tasks}")
	public void first(Task task) {
		work("worker-1", task);
	}

	@ZmqPullListener(id = "worker-2", connect = "tcp://${sample.host}:${sample.ports.tasks}")
	public void second(Task task) {
		work("worker-2", task);
	}

	private void work(String worker, Task task) {
		this.results.push(new Result(task.id(), worker, task.input() * task.input()));
	}

}
