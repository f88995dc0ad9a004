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

package io.github.zmqspring.boot.test.autoconfigure;

import java.io.IOException;
import java.util.Set;

import io.github.zmqspring.config.ZmqListenerAnnotationBeanPostProcessor;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.listener.ZmqListenerErrorHandler;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.messaging.converter.MessageConverter;

/**
 * The components of a {@link ZmqTest @ZmqTest}: those that declare {@code @Zmq*Listener}
 * methods, socket customizers, listener error handlers and message converters.
 */
final class ZmqTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<ZmqTest> {

	private static final Set<Class<?>> KNOWN_INCLUDES = Set.of(ZmqSocketCustomizer.class, ZmqListenerErrorHandler.class,
			MessageConverter.class);

	ZmqTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return KNOWN_INCLUDES;
	}

	@Override
	protected boolean defaultInclude(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory)
			throws IOException {
		return super.defaultInclude(metadataReader, metadataReaderFactory)
				|| hasListenerMethods(metadataReader.getAnnotationMetadata());
	}

	private static boolean hasListenerMethods(AnnotationMetadata metadata) {
		return ZmqListenerAnnotationBeanPostProcessor.listenerAnnotationTypes()
			.stream()
			.anyMatch((type) -> metadata.hasAnnotatedMethods(type.getName()));
	}

}
