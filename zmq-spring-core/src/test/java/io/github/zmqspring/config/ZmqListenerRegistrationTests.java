package io.github.zmqspring.config;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Lazy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listener methods found after start-up take the same path as the others: a {@code @Lazy}
 * bean's listener, and the listener of a bean registered once the context runs, are
 * created and started when the bean is, and answer over the wire.
 *
 * @author zmq-spring-boot
 */
class ZmqListenerRegistrationTests {

	@Test
	void whenALazyBeanIsCreatedThenItsListenerStartsAtOnce() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, LazyEcho.class)) {
			ZmqEndpointRegistry registry = context.getBean(ZmqEndpointRegistry.class);
			assertThat(registry.getEndpoint("lazyEcho")).isNull();
			context.getBean(LazyEcho.class);
			ZmqEndpoint endpoint = registry.getRequiredEndpoint("lazyEcho");
			assertThat(endpoint.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(ZmqTestInfrastructure.request(endpoint, "hi")).containsExactly("lazy:hi");
		}
	}

	@Test
	void whenABeanIsRegisteredAfterTheContextStartedThenItsListenerStartsWhenItIsCreated() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class)) {
			context.registerBean("late", LateEcho.class);
			context.getBean("late");
			ZmqEndpoint endpoint = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("lateEcho");
			assertThat(endpoint.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(ZmqTestInfrastructure.request(endpoint, "hi")).containsExactly("late:hi");
		}
	}

	@Lazy
	static class LazyEcho {

		@ZmqRouterListener(id = "lazyEcho", bind = "tcp://127.0.0.1:*")
		String echo(String request) {
			return "lazy:" + request;
		}

	}

	static class LateEcho {

		@ZmqRouterListener(id = "lateEcho", bind = "tcp://127.0.0.1:*")
		String echo(String request) {
			return "late:" + request;
		}

	}

}
