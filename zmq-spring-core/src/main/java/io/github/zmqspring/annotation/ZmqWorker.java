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

package io.github.zmqspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.messaging.handler.annotation.MessageMapping;

/**
 * Marks a method as a Majordomo (MDP/0.2) worker: it serves the requests a broker routes
 * to its {@link #service()}, with the arguments, return types (a value, a future,
 * {@code Mono}, a {@code Flux} or {@code Stream} streamed as PARTIAL ... FINAL),
 * converters, validation, error handling and observation of a {@link ZmqRouterListener}.
 * Each of its {@link #concurrency()} requests at a time travels over its own MDP worker
 * connection to the broker, so the broker sees that many workers. String attributes
 * accept {@code ${...}} placeholders. Usable as a meta-annotation.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MessageMapping
public @interface ZmqWorker {

	/**
	 * The listener id. Defaults to {@code beanName.methodName}; the MDP connections are
	 * the endpoint {@code <id>-mdp}.
	 * @return the id
	 */
	String id() default "";

	/**
	 * The service name the worker registers with READY: 1 to 255 printable ASCII
	 * characters.
	 * @return the service name
	 */
	String service();

	/**
	 * The broker: the name of an endpoint configured under {@code zmq.endpoints} (its
	 * {@code connect} addresses and socket options), or an address such as
	 * {@code tcp://broker:5555}.
	 * @return the endpoint name or address
	 */
	String broker();

	/**
	 * How many requests the worker handles at once, each over its own MDP worker
	 * connection; empty for 1.
	 * @return the concurrency, as a number or placeholder
	 */
	String concurrency() default "";

	/**
	 * Where the method runs: {@code "executor"} (on the listener executor, the default)
	 * or {@code "direct"} (on the thread of the worker's listener container, as requests
	 * arrive: two thread hand-offs fewer per request, for methods that compute and return
	 * or return a future that completes elsewhere; a method that blocks stalls every
	 * request of the worker, and an invocation longer than
	 * {@code zmq.listener.direct-warn-threshold} is logged and counted). Empty for
	 * {@code zmq.defaults.dispatch}.
	 * @return {@code direct}, {@code executor}, empty, or a placeholder
	 */
	String dispatch() default "";

	/**
	 * Whether the worker starts with the application context; empty for {@code true}.
	 * @return {@code true} or {@code false}, or a placeholder
	 */
	String autoStartup() default "";

	/**
	 * The name of a {@link io.github.zmqspring.listener.ZmqListenerErrorHandler} bean
	 * that handles the requests this method fails to process; empty for none.
	 * @return the bean name, or a placeholder
	 */
	String errorHandler() default "";

}
