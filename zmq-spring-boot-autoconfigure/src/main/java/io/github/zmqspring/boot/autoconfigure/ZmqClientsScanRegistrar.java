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

package io.github.zmqspring.boot.autoconfigure;

import java.util.Collection;
import java.util.List;

import io.github.zmqspring.config.AbstractZmqClientsRegistrar;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers {@code @ZmqDealerClient} proxies found in the application's
 * auto-configuration packages (the package of the {@code @SpringBootApplication} class
 * and below).
 */
class ZmqClientsScanRegistrar extends AbstractZmqClientsRegistrar implements BeanFactoryAware {

	private @Nullable BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	protected Collection<String> getBasePackages(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		BeanFactory factory = this.beanFactory;
		return (factory != null && AutoConfigurationPackages.has(factory)) ? AutoConfigurationPackages.get(factory)
				: List.of();
	}

}
