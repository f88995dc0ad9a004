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

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AliasFor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Annotation processing without Spring Boot: {@link EnableZmq @EnableZmq} in an
 * {@link AnnotationConfigApplicationContext}, raw JeroMQ REQ peers on random ports. A
 * listener on a JDK-proxied bean is invoked through its proxy, a composed listener
 * annotation works with its aliased attributes, a handler exception reaches a plain peer
 * as an error reply, and a bad attribute fails start-up naming the attribute and the
 * method.
 */
class ZmqListenerAnnotationTests {

	@Test
	void whenTheListenerBeanIsAJdkProxyThenRequestsGoThroughTheProxy() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, JdkProxied.class)) {
			assertThat(AopUtils.isJdkDynamicProxy(context.getBean(Greeting.class))).isTrue();
			assertThat(ZmqTestInfrastructure
				.request(context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("proxied"), "ann"))
				.containsExactly("hello ann");
			assertThat(context.getBean(JdkProxied.class).intercepted).hasValue(1);
		}
	}

	@Test
	void whenTheListenerAnnotationIsComposedThenItsAliasedAttributesApply() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, Composed.class)) {
			assertThat(ZmqTestInfrastructure
				.request(context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("composed"), "x"))
				.containsExactly("composed:x");
		}
	}

	@Test
	void whenTheHandlerThrowsThenAPlainPeerGetsAnErrorReplyAndTheEndpointKeepsServing() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				ZmqTestInfrastructure.class, Failing.class)) {
			var endpoint = context.getBean(ZmqEndpointRegistry.class).getRequiredEndpoint("failing");
			assertThat(ZmqTestInfrastructure.request(endpoint, "boom")).containsExactly("ERROR 500: Internal error");
			assertThat(ZmqTestInfrastructure.request(endpoint, "fine")).containsExactly("ok:fine");
		}
	}

	@Test
	void whenAPlaceholderCannotBeResolvedThenStartupFailsNamingTheAttributeAndTheMethod() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(
					() -> new AnnotationConfigApplicationContext(ZmqTestInfrastructure.class, UnresolvableBind.class))
			.havingRootCause()
			.withMessageStartingWith("Invalid @ZmqRouterListener(bind) on method " + UnresolvableBind.class.getName()
					+ ".handle: '${missing.address}' cannot be resolved: ");
	}

	@Test
	void whenTheConcurrencyIsNotANumberThenStartupFailsNamingTheAttributeAndTheMethod() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(ZmqTestInfrastructure.class, BadConcurrency.class))
			.havingRootCause()
			.withMessage("Invalid @ZmqRouterListener(concurrency) on method " + BadConcurrency.class.getName()
					+ ".handle: 'many' is not an integer");
	}

	@Test
	void whenAutoStartupIsNotABooleanThenStartupFailsNamingTheAttributeAndTheMethod() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> new AnnotationConfigApplicationContext(ZmqTestInfrastructure.class, BadAutoStartup.class))
			.havingRootCause()
			.withMessage("Invalid @ZmqRouterListener(autoStartup) on method " + BadAutoStartup.class.getName()
					+ ".handle: 'yes' is not true or false");
	}

	interface Greeting {

		String greet(String name);

	}

	static class Greeter implements Greeting {

		@Override
		@ZmqRouterListener(id = "proxied", bind = "tcp://127.0.0.1:*")
		public String greet(String name) {
			return "hello " + name;
		}

	}

	/**
	 * Wraps the greeter in an interface-based (JDK) proxy that counts its invocations, as
	 * a transactional or secured bean would be.
	 */
	@Configuration(proxyBeanMethods = false)
	static class JdkProxied {

		final AtomicInteger intercepted = new AtomicInteger();

		@Bean
		Greeting greeter() {
			return new Greeter();
		}

		@Bean
		static JdkProxyCreator jdkProxies(JdkProxied configuration) {
			return new JdkProxyCreator(configuration.intercepted);
		}

	}

	/**
	 * Proxies the greeter by its interface. Ordered, as Spring's auto-proxy creators are,
	 * so it runs before the (unordered) listener post-processor.
	 */
	static class JdkProxyCreator implements BeanPostProcessor, Ordered {

		private final AtomicInteger intercepted;

		JdkProxyCreator(AtomicInteger intercepted) {
			this.intercepted = intercepted;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof Greeter)) {
				return bean;
			}
			ProxyFactory factory = new ProxyFactory(bean);
			factory.addInterface(Greeting.class);
			factory.addAdvice((MethodInterceptor) (invocation) -> {
				this.intercepted.incrementAndGet();
				return invocation.proceed();
			});
			return factory.getProxy();
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ZmqRouterListener(bind = "tcp://127.0.0.1:*")
	@interface LoopbackRouter {

		@AliasFor(annotation = ZmqRouterListener.class, attribute = "id")
		String value();

	}

	static class Composed {

		@LoopbackRouter("composed")
		String handle(String request) {
			return "composed:" + request;
		}

	}

	static class Failing {

		@ZmqRouterListener(id = "failing", bind = "tcp://127.0.0.1:*")
		String handle(String request) {
			if (request.equals("boom")) {
				throw new IllegalStateException("secret detail");
			}
			return "ok:" + request;
		}

	}

	static class UnresolvableBind {

		@ZmqRouterListener(id = "unresolvable", bind = "${missing.address}")
		void handle(String request) {
		}

	}

	static class BadConcurrency {

		@ZmqRouterListener(id = "badConcurrency", bind = "tcp://127.0.0.1:*", concurrency = "many")
		void handle(String request) {
		}

	}

	static class BadAutoStartup {

		@ZmqRouterListener(id = "badAutoStartup", bind = "tcp://127.0.0.1:*", autoStartup = "yes")
		void handle(String request) {
		}

	}

}
