package io.github.zmqspring.boot.starter;

import java.util.List;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.client.ZmqTemplate;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the starter brings: the auto-configuration, JeroMQ and Jackson, and nothing optional
 * (Protobuf, Reactor, Actuator, Micrometer stay the application's choice).
 *
 * @author zmq-spring-boot
 */
class StarterClasspathTests {

	@Test
	void optionalLibrariesAreNotPulledIn() {
		for (String optional : List.of("com.google.protobuf.Message", "reactor.core.publisher.Flux",
				"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
				"io.micrometer.core.instrument.MeterRegistry")) {
			assertThat(ClassUtils.isPresent(optional, getClass().getClassLoader())).as(optional).isFalse();
		}
	}

	@Test
	void theStarterAloneGivesAWorkingContext() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ZmqAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ZContext.class)
				.hasSingleBean(ZmqEndpointRegistry.class)
				.hasSingleBean(ZmqTemplate.class));
	}

}
