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

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.client.ZmqClientFactoryBean;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Contributes the runtime hints of every client interface registered as a
 * {@link ZmqClientFactoryBean}: the JDK proxy of the interface, its methods (introspected
 * once by the proxy factory, default methods invoked), the payload and reply types of its
 * methods, and the proxy of a client annotation that is composed through a
 * meta-annotation (synthesized when read).
 */
class ZmqClientBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	private static final List<Class<? extends Annotation>> CLIENT_ANNOTATIONS = List.of(ZmqDealerClient.class,
			ZmqPubClient.class, ZmqPushClient.class);

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		if (!ZmqClientFactoryBean.class.isAssignableFrom(registeredBean.getBeanClass())) {
			return null;
		}
		Class<?> clientType = registeredBean.getMergedBeanDefinition()
			.getResolvableType()
			.as(ZmqClientFactoryBean.class)
			.getGeneric(0)
			.resolve();
		if (clientType == null) {
			return null;
		}
		return (generationContext, code) -> registerHints(generationContext.getRuntimeHints(), clientType);
	}

	private static void registerHints(RuntimeHints hints, Class<?> clientType) {
		hints.proxies().registerJdkProxy(clientType);
		hints.reflection().registerType(clientType, MemberCategory.INVOKE_PUBLIC_METHODS);
		ZmqPayloadHints payloads = new ZmqPayloadHints(clientType.getClassLoader());
		for (Method method : clientType.getMethods()) {
			if (!Modifier.isStatic(method.getModifiers())) {
				payloads.registerMethod(hints.reflection(), method);
			}
		}
		MergedAnnotations annotations = MergedAnnotations.from(clientType);
		for (Class<? extends Annotation> annotation : CLIENT_ANNOTATIONS) {
			if (annotations.isPresent(annotation) && !annotations.isDirectlyPresent(annotation)) {
				hints.proxies().registerJdkProxy(annotation);
			}
		}
	}

}
