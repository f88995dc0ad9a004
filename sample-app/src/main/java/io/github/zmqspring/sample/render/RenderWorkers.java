package io.github.zmqspring.sample.render;

import io.github.zmqspring.annotation.ZmqWorker;

import org.springframework.stereotype.Component;

/**
 * Two Majordomo workers of the {@code render} service behind the sample's broker: one takes 1 s
 * per job, the other 5 ms. The broker gives a job only to a worker that is ready, so
 * the fast one does nearly all of them.
 *
 * @author zmq-spring-boot
 */
@Component
public class RenderWorkers {

	@ZmqWorker(id = "render-slow", service = "render", broker = "tcp://${sample.host}:${sample.ports.broker}")
	public String slow(String job) throws InterruptedException {
		Thread.sleep(1000);
		return "slow-worker";
	}

	@ZmqWorker(id = "render-fast", service = "render", broker = "tcp://${sample.host}:${sample.ports.broker}")
	public String fast(String job) throws InterruptedException {
		Thread.sleep(5);
		return "fast-worker";
	}

}
