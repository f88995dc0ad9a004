/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.zmqspring.boot.autoconfigure.listener;

import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener's concurrency applies per endpoint and is capped by the handler pool
 * ({@code zmq.listener.pool-size}): a concurrency beyond the pool is reported once at
 * start-up; virtual threads cap nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ListenerConcurrencyTests {

	private static final String WARNING = "Listener endpoint 'wide' has concurrency 32, but the handler executor runs "
			+ "at most 4 handlers at once";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZmqAutoConfiguration.class))
		.withUserConfiguration(ListenersConfiguration.class)
		.withPropertyValues("zmq.listener.pool-size=4");

	@Test
	void whenAConcurrencyExceedsThePoolSizeThenOneWarningNamesTheEndpointTheConcurrencyAndThePoolSize(
			CapturedOutput output) {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("wide").getState())
				.isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(output).containsOnlyOnce(WARNING)
				.doesNotContain("Listener endpoint 'narrow'")
				.doesNotContain("Listener endpoint 'worker'");
		});
	}

	@Test
	void whenEveryConcurrencyFitsThePoolThenNothingIsReported(CapturedOutput output) {
		this.contextRunner.withPropertyValues("zmq.listener.pool-size=32").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).doesNotContain("has concurrency");
		});
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void whenVirtualThreadsRunTheHandlersThenNoConcurrencyIsCapped(CapturedOutput output) {
		this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output).doesNotContain("has concurrency");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class ListenersConfiguration {

		@Bean
		Listeners listeners() {
			return new Listeners();
		}

	}

	/**
	 * Two routes of one endpoint (the larger concurrency counts), a narrow endpoint and a
	 * PULL worker.
	 */
	static class Listeners {

		@ZmqRouterListener(id = "wide", bind = "tcp://127.0.0.1:*", route = "a", concurrency = "32")
		String a(String text) {
			return text;
		}

		@ZmqRouterListener(id = "wide", bind = "tcp://127.0.0.1:*", route = "b", concurrency = "2")
		String b(String text) {
			return text;
		}

		@ZmqRouterListener(id = "narrow", bind = "tcp://127.0.0.1:*", concurrency = "4")
		String narrow(String text) {
			return text;
		}

		@ZmqPullListener(id = "worker", bind = "tcp://127.0.0.1:*", concurrency = "${worker.concurrency:3}")
		void work(String text) {
		}

	}

}
