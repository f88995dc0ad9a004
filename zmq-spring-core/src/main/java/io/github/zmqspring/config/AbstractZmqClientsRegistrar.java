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

import java.util.Collection;

import io.github.zmqspring.client.ZmqClientFactoryBean;
import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPushClient;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers a proxy bean for every {@link ZmqDealerClient @ZmqDealerClient},
 * {@link ZmqPubClient @ZmqPubClient} and {@link ZmqPushClient @ZmqPushClient} interface
 * found in the packages a subclass names (also through meta-annotations). Each definition
 * is a {@link ZmqClientFactoryBean} with the interface as constructor argument and in its
 * target type, so injection by type works before the proxy exists and ahead-of-time
 * processing can generate code for it. Definitions are lazy: a client opens its socket
 * when it is first injected or looked up.
 */
public abstract class AbstractZmqClientsRegistrar implements ImportBeanDefinitionRegistrar {

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
			}

		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(ZmqDealerClient.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(ZmqPubClient.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(ZmqPushClient.class));
		for (String basePackage : getBasePackages(metadata, registry)) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				register(candidate.getBeanClassName(), registry);
			}
		}
	}

	/**
	 * Return the packages to scan.
	 * @param metadata the metadata of the importing class
	 * @param registry the registry
	 * @return the packages
	 */
	protected abstract Collection<String> getBasePackages(AnnotationMetadata metadata, BeanDefinitionRegistry registry);

	private void register(String className, BeanDefinitionRegistry registry) {
		if (registry.containsBeanDefinition(className)) {
			return;
		}
		Class<?> type = ClassUtils.resolveClassName(className, getClass().getClassLoader());
		RootBeanDefinition definition = new RootBeanDefinition(ZmqClientFactoryBean.class);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
		definition.setTargetType(ResolvableType.forClassWithGenerics(ZmqClientFactoryBean.class, type));
		definition.setLazyInit(true);
		registry.registerBeanDefinition(className, definition);
	}

}
