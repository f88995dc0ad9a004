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

package io.github.zmqspring.listener;

import java.util.ArrayList;
import java.util.List;

import io.github.zmqspring.annotation.ZmqIdentity;
import io.github.zmqspring.annotation.ZmqTopic;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * The spring-messaging method factory with the ZeroMQ parameter annotations added:
 * {@link ZmqIdentity @ZmqIdentity} and {@link ZmqTopic @ZmqTopic} next to
 * {@code @Payload}, {@code @Header}, {@code @Headers} and {@code Message<T>}, and the
 * body frames as they arrived for a parameter of type {@code org.zeromq.ZMsg} or
 * {@code List<byte[]>}. A message an argument cannot be resolved from (a required
 * {@code @Header} it lacks, say, which spring-messaging reports with a
 * {@link MessageHandlingException}) fails with a
 * {@link MethodArgumentResolutionException}, the peer's bad input, never to be taken for
 * a failure of the method.
 */
public class ZmqMessageHandlerMethodFactory extends DefaultMessageHandlerMethodFactory {

	@Override
	public void setCustomArgumentResolvers(List<HandlerMethodArgumentResolver> customArgumentResolvers) {
		List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
		resolvers.add(new HeaderResolver(ZmqIdentity.class, ZmqHeaders.IDENTITY));
		resolvers.add(new HeaderResolver(ZmqTopic.class, ZmqHeaders.TOPIC));
		resolvers.add(new ZmqFramesArgumentResolver());
		resolvers.addAll(customArgumentResolvers);
		super.setCustomArgumentResolvers(resolvers);
	}

	@Override
	public void afterPropertiesSet() {
		setCustomArgumentResolvers(List.of());
		super.afterPropertiesSet();
	}

	@Override
	protected List<HandlerMethodArgumentResolver> initArgumentResolvers() {
		return super.initArgumentResolvers().stream()
			.<HandlerMethodArgumentResolver>map(BadInputReportingResolver::new)
			.toList();
	}

	/**
	 * Reports a message the resolver it wraps cannot resolve an argument from as a
	 * {@link MethodArgumentResolutionException} whose cause says why.
	 */
	private record BadInputReportingResolver(
			HandlerMethodArgumentResolver delegate) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.delegate.supportsParameter(parameter);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) throws Exception {
			try {
				return this.delegate.resolveArgument(parameter, message);
			}
			catch (MessageHandlingException ex) {
				throw new MethodArgumentResolutionException(message, parameter, String.valueOf(ex.getMessage()), ex);
			}
		}

	}

	/**
	 * Resolves a parameter carrying a given annotation from one message header.
	 */
	private record HeaderResolver(Class<? extends java.lang.annotation.Annotation> annotation,
			String header) implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(this.annotation);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, Message<?> message) {
			return message.getHeaders().get(this.header);
		}

	}

}
