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

import java.lang.reflect.Method;
import java.util.List;

import org.zeromq.ZMsg;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * Resolves a listener parameter of type {@link ZMsg} or {@code List<byte[]>} to the body
 * frames of the request as they arrived (without the routing prefix and the envelope).
 * Only a listener with such a parameter accepts a request with several body frames.
 */
final class ZmqFramesArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return isFrames(parameter);
	}

	@Override
	@SuppressWarnings("unchecked")
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		Object header = message.getHeaders().get(ZmqHeaders.FRAMES);
		List<byte[]> frames = (header instanceof List<?> list) ? (List<byte[]>) list : List.of();
		if (parameter.getParameterType() == ZMsg.class) {
			ZMsg msg = new ZMsg();
			frames.forEach(msg::add);
			return msg;
		}
		return frames;
	}

	/**
	 * Whether a parameter asks for the body frames.
	 * @param parameter the parameter
	 * @return {@code true} for {@link ZMsg} and {@code List<byte[]>}
	 */
	static boolean isFrames(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		if (type == ZMsg.class) {
			return true;
		}
		ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
		return type == List.class && resolvable.getGeneric(0).resolve() == byte[].class;
	}

	/**
	 * Whether a listener method has a parameter that asks for the body frames.
	 * @param method the method
	 * @return {@code true} when it accepts several body frames
	 */
	static boolean acceptsFrames(Method method) {
		for (int i = 0; i < method.getParameterCount(); i++) {
			if (isFrames(new MethodParameter(method, i))) {
				return true;
			}
		}
		return false;
	}

}
