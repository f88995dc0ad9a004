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

package io.github.zmqspring.boot.autoconfigure.inline.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRoute;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.core.annotation.AliasFor;

/**
 * The client side of the inline client tests: clients that declare their addresses on the
 * annotation, with {@code ${greeter.port}} and {@code ${tasks.port}} set by the test.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class InlineClientApp {

	/**
	 * Connects inline; its endpoint is named after the interface: {@code greetingClient}.
	 */
	@ZmqDealerClient(connect = "tcp://127.0.0.1:${greeter.port}", timeout = "5s")
	public interface GreetingClient {

		@ZmqRoute("greet")
		String greet(String name);

	}

	/**
	 * Names a configured endpoint, whose addresses override the inline one (a port nobody
	 * listens on).
	 */
	@ZmqDealerClient(endpoint = "overridden", connect = "tcp://127.0.0.1:${unused.port}", timeout = "5s")
	public interface OverriddenClient {

		@ZmqRoute("greet")
		String greet(String name);

	}

	/**
	 * Claims the endpoint name of {@link GreetingClient} with other addresses.
	 */
	@ZmqDealerClient(endpoint = "greetingClient", connect = "tcp://127.0.0.1:${unused.port}")
	public interface ClashingClient {

		@ZmqRoute("greet")
		String greet(String name);

	}

	/**
	 * A composed annotation: the greeter's address fixed, the endpoint name and timeout
	 * exposed.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ZmqDealerClient(connect = "tcp://127.0.0.1:${greeter.port}")
	public @interface GreeterClient {

		@AliasFor(annotation = ZmqDealerClient.class)
		String endpoint() default "";

		@AliasFor(annotation = ZmqDealerClient.class)
		String timeout() default "5s";

	}

	/**
	 * Declared through the composed annotation.
	 */
	@GreeterClient(endpoint = "composed-greeter")
	public interface ComposedGreetingClient {

		@ZmqRoute("greet")
		String greet(String name);

	}

	/**
	 * Pushes inline to the PULL listener.
	 */
	@ZmqPushClient(connect = "tcp://127.0.0.1:${tasks.port}")
	public interface TaskPusher {

		void push(String task);

	}

}
