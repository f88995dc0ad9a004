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

/**
 * Declares an interface as a request/reply client over a DEALER socket; a proxy bean is
 * created for it (found by Boot's scan of the application packages, or by
 * {@link EnableZmqClients}).
 * <p>
 * Each method sends its one unannotated parameter as the payload ({@code @Header}
 * parameters become envelope headers) to the route named by {@link ZmqRoute} (else the
 * default route), and returns {@code T} (blocks up to the timeout),
 * {@code CompletableFuture<T>}, {@code Mono<T>}, {@code Flux<T>} (streamed replies) or
 * {@code void} (one-way, no reply). Many requests can be in flight on the one socket.
 * <p>
 * The socket is a named endpoint configured under {@code zmq.endpoints} or declared
 * inline with {@link #connect()}. Usable as a meta-annotation: a composed annotation may
 * fix the attributes or expose them with {@code @AliasFor}.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqDealerClient {

	/**
	 * The name of the client's endpoint. When {@code zmq.endpoints.<name>} is configured,
	 * that entry is used (its addresses and options override {@link #connect()});
	 * otherwise the client connects to {@link #connect()} with the {@code zmq.defaults},
	 * and the name is the endpoint's id in metrics, health and the registry. Empty for
	 * the interface's simple name as a bean property ({@code OrderClient} gives
	 * {@code orderClient}). {@code ${...}} placeholders are resolved.
	 * @return the endpoint name
	 */
	String endpoint() default "";

	/**
	 * Addresses to connect to, e.g. {@code tcp://localhost:5555}, declared inline instead
	 * of under {@code zmq.endpoints}; {@code ${...}} placeholders are resolved. Ignored
	 * when the {@link #endpoint()} is configured under {@code zmq.endpoints}.
	 * @return the addresses
	 */
	String[] connect() default {};

	/**
	 * The reply timeout for all methods, e.g. {@code 2s}; empty for the endpoint's
	 * {@code request-timeout}.
	 * @return the timeout, or a placeholder
	 */
	String timeout() default "";

	/**
	 * The content type requests are serialized as, e.g. {@code application/json}; empty
	 * for the endpoint's {@code content-type}, or, when that is not set either, to choose
	 * by payload type. {@code ${...}} placeholders are resolved.
	 * @return the content type
	 */
	String contentType() default "";

	/**
	 * The service to ask for through a Majordomo (MDP/0.2) broker, e.g.
	 * {@code inference}: the client's socket then talks MDP/0.2 to the broker it connects
	 * to. Empty for the endpoint's {@code service} (a direct link when that is not set
	 * either); when set, this attribute wins over it. Clients sharing an endpoint share
	 * its socket, and so its service: they must not declare different ones.
	 * {@code ${...}} placeholders are resolved.
	 * @return the service name (1 to 255 printable ASCII characters), or a placeholder
	 */
	String service() default "";

}
