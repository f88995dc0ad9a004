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
import java.util.Map;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.protocol.ZmqStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Client interfaces without Spring Boot: {@link EnableZmqClients @EnableZmqClients} in an
 * {@link AnnotationConfigApplicationContext}, calling a ROUTER listener of the same
 * context over TCP on a random port. A client declared through composed annotations (the
 * client annotation and the route, with aliased attributes and placeholders) reaches the
 * right route, a handler exception arrives as a {@link ZmqRemoteException} with the error
 * status, and a bad {@code @ZmqRetry} value fails naming the attribute and the method.
 */
class ZmqClientAnnotationTests {

	private AnnotationConfigApplicationContext context;

	@BeforeEach
	void start() {
		this.context = new AnnotationConfigApplicationContext(ZmqTestInfrastructure.class, Clients.class, Server.class);
		String address = this.context.getBean(ZmqEndpointRegistry.class)
			.getRequiredEndpoint("server")
			.getBoundAddresses()
			.get(0);
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("server.address", address, "route.upper", "upper")));
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Test
	void whenTheClientIsDeclaredByComposedAnnotationsThenItsRequestsReachTheirRoutes() {
		ComposedClient client = this.context.getBean(ComposedClient.class);
		assertThat(client.upper("abc")).isEqualTo("ABC");
		assertThat(client.echo("abc")).isEqualTo("echo:abc");
	}

	@Test
	void whenTheHandlerThrowsThenTheClientGetsTheErrorStatus() {
		ComposedClient client = this.context.getBean(ComposedClient.class);
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> client.fail("x"))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(ZmqStatus.INTERNAL_ERROR))
			.satisfies((ex) -> assertThat(ex.getRemoteMessage()).isEqualTo("Internal error"));
		assertThatExceptionOfType(ZmqRemoteException.class).isThrownBy(() -> client.missing("x"))
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(ZmqStatus.NOT_FOUND));
		assertThat(client.echo("still")).isEqualTo("echo:still");
	}

	@Test
	void whenARetryAttributeIsNotANumberThenCreatingTheClientFailsNamingTheAttributeAndTheMethod() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> this.context.getBean(BadRetryClient.class))
			.havingRootCause()
			.withMessage("Invalid @ZmqRetry(maxRetries) on method " + BadRetryClient.class.getName()
					+ ".call: 'abc' is not an integer");
	}

	@Test
	void whenARouteTimeoutIsNotADurationThenCreatingTheClientFailsNamingTheAttributeAndTheMethod() {
		assertThatExceptionOfType(BeanCreationException.class)
			.isThrownBy(() -> this.context.getBean(BadTimeoutClient.class))
			.havingRootCause()
			.withMessage("Invalid @ZmqRoute(timeout) on method " + BadTimeoutClient.class.getName()
					+ ".call: 'later' is not a duration such as 500ms, 2s or PT2S");
	}

	@EnableZmqClients
	static class Clients {

	}

	static class Server {

		@ZmqRouterListener(id = "server.echo", endpoint = "server")
		String echo(String text) {
			return "echo:" + text;
		}

		@ZmqRouterListener(id = "server.upper", endpoint = "server", route = "upper")
		String upper(String text) {
			return text.toUpperCase();
		}

		@ZmqRouterListener(id = "server.fail", endpoint = "server", route = "fail")
		String fail(String text) {
			throw new IllegalStateException("secret detail");
		}

	}

	/**
	 * A team's own client annotation: a DEALER client with a short timeout, its address
	 * exposed as the annotation's value.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ZmqDealerClient(timeout = "5s")
	@interface InternalClient {

		@AliasFor(annotation = ZmqDealerClient.class, attribute = "connect")
		String[] value();

	}

	/**
	 * A route annotation whose route is a placeholder.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ZmqRoute("${route.upper}")
	@interface Upper {

	}

	@InternalClient("${server.address}")
	interface ComposedClient {

		@Upper
		String upper(String text);

		String echo(String text);

		@ZmqRoute("fail")
		String fail(String text);

		@ZmqRoute("nope")
		String missing(String text);

	}

	@ZmqDealerClient(connect = "${server.address}")
	interface BadRetryClient {

		@ZmqRetry(maxRetries = "abc")
		String call(String text);

	}

	@ZmqDealerClient(connect = "${server.address}")
	interface BadTimeoutClient {

		@ZmqRoute(value = "x", timeout = "later")
		String call(String text);

	}

}
