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

package io.github.zmqspring.aot;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers what converting a payload or reply of a declared type needs at run time: data
 * binding (records and beans read and written by Jackson), and for Protobuf messages,
 * found also inside generics such as {@code CompletableFuture<Quote>} or
 * {@code Flux<Quote>}, the public methods of the message and its builder
 * ({@code newBuilder}, {@code getDefaultInstance}, {@code parseFrom}, the field
 * accessors).
 */
final class ZmqPayloadHints {

	private static final String PROTOBUF_MESSAGE = "com.google.protobuf.Message";

	private final BindingReflectionHintsRegistrar bindingRegistrar = new BindingReflectionHintsRegistrar();

	private final @Nullable Class<?> protobufMessage;

	ZmqPayloadHints(@Nullable ClassLoader classLoader) {
		this.protobufMessage = ClassUtils.isPresent(PROTOBUF_MESSAGE, classLoader)
				? ClassUtils.resolveClassName(PROTOBUF_MESSAGE, classLoader) : null;
	}

	/**
	 * Register the hints for the payload types of a method: its parameters and its return
	 * type.
	 * @param hints the hints to add to
	 * @param method a listener or client method
	 */
	void registerMethod(ReflectionHints hints, Method method) {
		for (Type type : method.getGenericParameterTypes()) {
			registerType(hints, type);
		}
		registerType(hints, method.getGenericReturnType());
	}

	private void registerType(ReflectionHints hints, Type type) {
		this.bindingRegistrar.registerReflectionHints(hints, type);
		registerProtobuf(hints, ResolvableType.forType(type), new HashSet<>());
	}

	private void registerProtobuf(ReflectionHints hints, ResolvableType type, Set<Class<?>> seen) {
		Class<?> resolved = type.resolve();
		if (resolved == null || !seen.add(resolved)) {
			return;
		}
		if (this.protobufMessage != null && this.protobufMessage.isAssignableFrom(resolved)
				&& !resolved.isInterface()) {
			hints.registerType(resolved, MemberCategory.INVOKE_PUBLIC_METHODS);
			Method newBuilder = ReflectionUtils.findMethod(resolved, "newBuilder");
			if (newBuilder != null) {
				hints.registerType(newBuilder.getReturnType(), MemberCategory.INVOKE_PUBLIC_METHODS);
			}
		}
		for (ResolvableType generic : type.getGenerics()) {
			registerProtobuf(hints, generic, seen);
		}
		if (type.isArray()) {
			registerProtobuf(hints, type.getComponentType(), seen);
		}
	}

}
