package io.github.zmqspring.boot.actuate;

import java.util.Map;

import io.github.zmqspring.observation.DefaultZmqClientObservationConvention;
import io.github.zmqspring.observation.DefaultZmqListenerObservationConvention;
import io.github.zmqspring.observation.ZmqClientObservationContext;
import io.github.zmqspring.observation.ZmqListenerObservationContext;
import io.github.zmqspring.observation.ZmqObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The switch documented in {@code docs/observability.md}: Boot's
 * {@code management.observations.enable.<name>} turns the starter's observations into
 * no-ops, by name, the way the starter creates them.
 *
 * @author zmq-spring-boot
 */
class ObservationSwitchTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
		.withBean("anyHandler", ObservationHandler.class, () -> (ObservationHandler<Observation.Context>) (context) -> true);

	@Test
	void listenerObservationsCanBeSwitchedOffByName() {
		this.contextRunner.withPropertyValues("management.observations.enable.zmq.listener=false").run((context) -> {
			ObservationRegistry registry = context.getBean(ObservationRegistry.class);
			assertThat(listener(registry)).isTrue();
			assertThat(client(registry)).isFalse();
		});
	}

	@Test
	void everyZmqObservationCanBeSwitchedOffAtOnce() {
		this.contextRunner.withPropertyValues("management.observations.enable.zmq=false").run((context) -> {
			ObservationRegistry registry = context.getBean(ObservationRegistry.class);
			assertThat(listener(registry)).isTrue();
			assertThat(client(registry)).isTrue();
		});
	}

	private static boolean listener(ObservationRegistry registry) {
		return ZmqObservationDocumentation.LISTENER
			.observation(null, DefaultZmqListenerObservationConvention.INSTANCE,
					() -> new ZmqListenerObservationContext(MessageBuilder.withPayload(new byte[0]).build(), "orders",
							SocketType.ROUTER, "place"),
					registry)
			.isNoop();
	}

	private static boolean client(ObservationRegistry registry) {
		return ZmqObservationDocumentation.CLIENT_REQUESTS
			.observation(null, DefaultZmqClientObservationConvention.INSTANCE,
					() -> new ZmqClientObservationContext("orders-client", "place", Map.of()), registry)
			.isNoop();
	}

}
