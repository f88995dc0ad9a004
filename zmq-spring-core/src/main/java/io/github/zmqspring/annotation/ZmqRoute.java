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
 * Names the server route a {@link ZmqDealerClient} method calls, and optionally its own
 * timeout and request content type, as {@code @HttpExchange} does for HTTP interface
 * clients. Attributes accept {@code ${...}} placeholders. Usable as a meta-annotation: a
 * composed annotation may fix the route and expose the other attributes with
 * {@code @AliasFor}.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqRoute {

	/**
	 * The route, as declared by the server's {@code route} attribute.
	 * @return the route
	 */
	String value();

	/**
	 * The reply timeout of this method, e.g. {@code 500ms}; empty for the client's.
	 * @return the timeout, or a placeholder
	 */
	String timeout() default "";

	/**
	 * The content type of this method's requests, e.g. {@code application/json}: the
	 * converter that writes the payload and the envelope's content type, which the server
	 * converts by. Empty for the client's ({@link ZmqDealerClient#contentType()}, else
	 * the endpoint's {@code content-type}, else chosen by the payload's Java type).
	 * @return the content type, or a placeholder
	 */
	String contentType() default "";

}
