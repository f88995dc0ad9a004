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
 * Retries the requests of a {@link ZmqDealerClient} method (or of every method, on the
 * interface) that got no reply: the Guide's Lazy Pirate. Put it only on idempotent
 * routes, since the server may have processed a request whose reply was lost. An
 * attribute left empty takes the value of the endpoint's {@code retry.*} properties
 * (method over interface over endpoint); {@code maxRetries = "0"} turns retries off for a
 * method. Timeouts and lost servers are retried, errors answered by the server never;
 * blocking, {@code CompletableFuture} and {@code Mono} methods are retried, streams and
 * one-way methods are not. Attributes accept {@code ${...}} placeholders; a value that is
 * not a number or duration fails start-up naming the attribute and the method. Usable as
 * a meta-annotation (a composed annotation may expose the attributes with
 * {@code @AliasFor}).
 */
@Target({ ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ZmqRetry {

	/**
	 * How many times a request is sent again after its first attempt, e.g. {@code 3}.
	 * @return the number of retries, or empty for the endpoint's
	 */
	String maxRetries() default "";

	/**
	 * The wait before the first retry, e.g. {@code 100ms}.
	 * @return the delay, or empty for the endpoint's
	 */
	String delay() default "";

	/**
	 * A random amount added to or subtracted from each wait, e.g. {@code 10ms}, so that
	 * clients that lost the same server do not retry in step.
	 * @return the jitter, or empty for the endpoint's
	 */
	String jitter() default "";

	/**
	 * What each wait is multiplied by for the next one, e.g. {@code 2}.
	 * @return the multiplier, or empty for the endpoint's
	 */
	String multiplier() default "";

	/**
	 * The longest wait between attempts, e.g. {@code 2s}.
	 * @return the maximum delay, or empty for the endpoint's
	 */
	String maxDelay() default "";

}
