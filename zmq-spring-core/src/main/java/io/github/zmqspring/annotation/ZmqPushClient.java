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
 * Declares an interface as the sending end of a pipeline over a PUSH socket: each method
 * pushes its payload to one of the connected PULL workers (ZeroMQ load-balances them).
 * Methods return {@code void}; a push waits up to the endpoint's send timeout when no
 * worker takes messages. A proxy bean is created for it, like for
 * {@link ZmqDealerClient}; {@code @Header} parameters travel as envelope headers.
 * <p>
 * The socket is a named endpoint configured under {@code zmq.endpoints} or declared
 * inline with {@link #connect()}. Usable as a meta-annotation: a composed annotation may
 * fix the attributes or expose them with {@code @AliasFor}.
 */
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqPushClient {

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
	 * The content type payloads are serialized as; empty to choose by payload type.
	 * @return the content type
	 */
	String contentType() default "";

}
