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

import io.github.zmqspring.core.ZmqEndpointRegistry;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the listener annotation post-processor and the endpoint registry, unless the
 * application already defines them.
 */
public class ZmqBootstrapConfiguration implements ImportBeanDefinitionRegistrar {

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (!registry.containsBeanDefinition(ZmqConfigUtils.LISTENER_ANNOTATION_PROCESSOR_BEAN_NAME)) {
			RootBeanDefinition processor = new RootBeanDefinition(ZmqListenerAnnotationBeanPostProcessor.class);
			processor.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
			registry.registerBeanDefinition(ZmqConfigUtils.LISTENER_ANNOTATION_PROCESSOR_BEAN_NAME, processor);
		}
		if (!registry.containsBeanDefinition(ZmqConfigUtils.ENDPOINT_REGISTRY_BEAN_NAME)) {
			registry.registerBeanDefinition(ZmqConfigUtils.ENDPOINT_REGISTRY_BEAN_NAME,
					new RootBeanDefinition(ZmqEndpointRegistry.class));
		}
	}

}
