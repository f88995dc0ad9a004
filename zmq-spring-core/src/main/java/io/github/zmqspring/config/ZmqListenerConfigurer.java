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

/**
 * A bean that registers listener methods in code, next to (or instead of) the annotated
 * ones, as Spring Kafka's {@code KafkaListenerConfigurer} does. Every bean of this type
 * is called once all singletons exist, before the listener containers are created, so its
 * methods go the same way as annotated ones: methods naming the same socket share a
 * container, and the containers start with the context.
 */
@FunctionalInterface
public interface ZmqListenerConfigurer {

	/**
	 * Register listener methods.
	 * @param registrar takes the {@link io.github.zmqspring.listener.ZmqListenerMethod}s
	 */
	void configureListeners(ZmqListenerRegistrar registrar);

}
