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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The registrar behind {@link EnableZmqClients}: scans the packages it names, or the
 * package of the annotated class.
 */
class ZmqClientsRegistrar extends AbstractZmqClientsRegistrar {

	@Override
	protected Collection<String> getBasePackages(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableZmqClients.class.getName());
		List<String> packages = new ArrayList<>();
		if (attributes != null) {
			packages.addAll(Arrays.asList((String[]) attributes.get("basePackages")));
			for (Class<?> type : (Class<?>[]) attributes.get("basePackageClasses")) {
				packages.add(ClassUtils.getPackageName(type));
			}
		}
		if (packages.isEmpty()) {
			packages.add(ClassUtils.getPackageName(metadata.getClassName()));
		}
		return packages;
	}

}
