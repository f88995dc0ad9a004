package io.github.zmqspring.boot.autoconfigure.inline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server side of the inline client tests: a ROUTER listener {@code greeter} and a PULL
 * listener {@code tasks}, both bound inline to random ports.
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class InlineServerApp {

	@Bean
	Greeter greeter() {
		return new Greeter();
	}

	/**
	 * The listeners, recording the pushed tasks.
	 */
	static class Greeter {

		final List<String> tasks = new CopyOnWriteArrayList<>();

		@ZmqRouterListener(id = "greeter", bind = "tcp://127.0.0.1:*", route = "greet")
		String greet(String name) {
			return "hello " + name;
		}

		@ZmqPullListener(id = "tasks", bind = "tcp://127.0.0.1:*")
		void task(String task) {
			this.tasks.add(task);
		}

	}

}
