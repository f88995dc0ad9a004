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

package io.github.zmqspring.config;

import java.lang.reflect.Method;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqEndpointState;
import io.github.zmqspring.listener.ZmqListenerMethod;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Listener methods found after start-up take the same path as the others: a {@code @Lazy}
 * bean's listener, and the listener of a bean registered once the context runs, are
 * created and started when the bean is, and answer over the wire; so do the methods a
 * {@link ZmqListenerConfigurer} registers in code.
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

	@Test
	void whenAConfigurerRegistersMethodsInCodeThenTheyShareTheirSocketAndAnswerOverTheWire() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, CodeListeners.class)) {
			ZmqEndpoint endpoint = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("coded");
			assertThat(endpoint.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(ZmqTestInfrastructure.request(endpoint, "hi")).containsExactly("coded:hi");
		}
	}

	@Test
	void whenTheMethodDeclaringTheAddressesComesLastInItsGroupThenTheSocketStillBindsThem() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, AddressesLast.class)) {
			ZmqEndpoint endpoint = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("coded");
			assertThat(endpoint.getState()).isEqualTo(ZmqEndpointState.RUNNING);
			assertThat(ZmqTestInfrastructure.request(endpoint, "hi")).containsExactly("coded:hi");
		}
	}

	@Test
	void whenTwoMethodsOfAGroupDeclareDifferentAddressesThenStartUpFailsNamingBoth() {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(ZmqTestInfrastructure.class,
					ConflictingAddresses.class)
				.close())
			.withMessageContaining("Socket 'coded' is given different addresses")
			.withMessageContaining("tcp://127.0.0.1:1")
			.withMessageContaining("tcp://127.0.0.1:2");
	}

	@Test
	void whenALazyBeanNamesASocketThatAlreadyHasAContainerThenCreatingItFailsNamingTheSocket() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, LateEcho.class)) {
			context.registerBean("intruder", LateEcho.class);
			assertThatExceptionOfType(BeanCreationException.class).isThrownBy(() -> context.getBean("intruder"))
				.havingRootCause()
				.withMessageContaining("cannot join socket 'lateEcho': that socket already has a container");
			assertThat(ZmqTestInfrastructure
				.request(context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("lateEcho"), "still"))
				.containsExactly("late:still");
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

	@Configuration(proxyBeanMethods = false)
	static class CodeListeners {

		@Bean
		ZmqListenerConfigurer codeListeners() {
			Greeter greeter = new Greeter();
			Method greet = ReflectionUtils.findMethod(Greeter.class, "greet", String.class);
			Method fallback = ReflectionUtils.findMethod(Greeter.class, "fallback", String.class);
			return (registrar) -> {
				registrar.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded", greeter, greet)
					.bind("tcp://127.0.0.1:*")
					.build());
				registrar
					.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded.fallback", greeter, fallback)
						.endpoint("coded")
						.route("other")
						.build());
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class AddressesLast {

		@Bean
		ZmqListenerConfigurer addressesLast() {
			Greeter greeter = new Greeter();
			Method greet = ReflectionUtils.findMethod(Greeter.class, "greet", String.class);
			Method fallback = ReflectionUtils.findMethod(Greeter.class, "fallback", String.class);
			return (registrar) -> {
				registrar
					.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded.fallback", greeter, fallback)
						.endpoint("coded")
						.route("other")
						.build());
				registrar.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded", greeter, greet)
					.bind("tcp://127.0.0.1:*")
					.build());
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConflictingAddresses {

		@Bean
		ZmqListenerConfigurer conflictingAddresses() {
			Greeter greeter = new Greeter();
			Method greet = ReflectionUtils.findMethod(Greeter.class, "greet", String.class);
			Method fallback = ReflectionUtils.findMethod(Greeter.class, "fallback", String.class);
			return (registrar) -> {
				registrar.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded", greeter, greet)
					.bind("tcp://127.0.0.1:1")
					.build());
				registrar.registerListener(ZmqListenerMethod.builder(SocketType.ROUTER, "coded", greeter, fallback)
					.route("other")
					.bind("tcp://127.0.0.1:2")
					.build());
			};
		}

	}

	static class Greeter {

		public String greet(String request) {
			return "coded:" + request;
		}

		public String fallback(String request) {
			return "other:" + request;
		}

	}

}
