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
import java.util.Set;

import io.github.zmqspring.config.ZmqListenerAnnotationBeanPostProcessor;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.util.ReflectionUtils;

/**
 * Contributes the runtime hints of the beans with {@code @Zmq*Listener} methods: each
 * method is invoked reflectively, and its payload and reply types are converted (data
 * binding for JSON, the static factories of Protobuf messages).
 */
class ZmqListenerBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = registeredBean.getBeanClass();
		Set<Method> methods = MethodIntrospector.selectMethods(beanClass,
				(ReflectionUtils.MethodFilter) ZmqListenerAnnotationBeanPostProcessor::isListenerMethod);
		if (methods.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			ReflectionHints hints = generationContext.getRuntimeHints().reflection();
			ZmqPayloadHints payloads = new ZmqPayloadHints(beanClass.getClassLoader());
			for (Method method : methods) {
				hints.registerMethod(method, ExecutableMode.INVOKE);
				payloads.registerMethod(hints, method);
			}
		};
	}

}
