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
 * Marks a method as a ROUTER server: the return value is the reply to the peer that sent
 * the request; `void` sends none (an empty acknowledgement to envelope requests);
 * `CompletableFuture`/`Mono` reply later; `Flux`/`Stream` stream several replies, then an
 * end marker. Requests are processed concurrently (see {@link #concurrency()}) and
 * answered as they finish, out of order.
 * <p>
 * The socket is a named endpoint ({@link #endpoint()}, configured under
 * {@code zmq.endpoints}) or declared inline ({@link #bind()}/{@link #connect()}). Several
 * methods can share one endpoint, each serving its own {@link #route()}. String
 * attributes accept {@code ${...}} placeholders. Usable as a meta-annotation.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@MessageMapping
public @interface ZmqRouterListener {

	/**
	 * The listener id; also the socket id of an inline endpoint. Defaults to
	 * {@code beanName.methodName}.
	 * @return the id
	 */
	String id() default "";

	/**
	 * The name of an endpoint configured under {@code zmq.endpoints}.
	 * @return the endpoint name, or empty for inline addresses
	 */
	String endpoint() default "";

	/**
	 * Addresses to bind, e.g. {@code tcp://*:5555} ({@code *} as port for a random one).
	 * @return the addresses
	 */
	String[] bind() default {};

	/**
	 * Addresses to connect to.
	 * @return the addresses
	 */
	String[] connect() default {};

	/**
	 * The route (operation) this method serves; requests without a route go to the method
	 * with the empty route.
	 * @return the route
	 */
	String route() default "";

	/**
	 * How many requests this endpoint processes at once; empty for
	 * {@code zmq.listener.concurrency} (10). Beyond it the socket stops reading and
	 * ZeroMQ pushes back on clients.
	 * <p>
	 * It applies per endpoint, not per method: methods sharing an endpoint (one socket)
	 * share one concurrency, the largest any of them declares. The handler executor,
	 * shared by all listeners, caps it too: with its bounded pool of
	 * {@code zmq.listener.pool-size} threads (16) no more messages run at once than the
	 * pool has threads, and a concurrency above the pool size is reported with a WARN at
	 * start-up; with virtual threads ({@code spring.threads.virtual.enabled=true}) there
	 * is no such cap.
	 * @return the concurrency, as a number or placeholder
	 */
	String concurrency() default "";

	/**
	 * Where this endpoint's handlers run: {@code "executor"} (on the listener executor,
	 * the default) or {@code "direct"} (on the socket's own thread, as they are read: no
	 * thread hand-off, for methods that compute and return or return a future that
	 * completes elsewhere; a method that blocks stalls the endpoint, and an invocation
	 * longer than {@code zmq.listener.direct-warn-threshold} is logged and counted).
	 * Empty for the endpoint's {@code dispatch} property; when set, this attribute wins
	 * over it. Methods sharing an endpoint must not declare different modes.
	 * @return {@code direct}, {@code executor}, empty, or a placeholder
	 */
	String dispatch() default "";

	/**
	 * Whether the endpoint starts with the application context; empty for {@code true}.
	 * @return {@code true} or {@code false}, or a placeholder
	 */
	String autoStartup() default "";

	/**
	 * The name of a {@link io.github.zmqspring.listener.ZmqListenerErrorHandler} bean
	 * that handles the messages this method fails to process; empty for none.
	 * @return the bean name, or a placeholder
	 */
	String errorHandler() default "";

}
