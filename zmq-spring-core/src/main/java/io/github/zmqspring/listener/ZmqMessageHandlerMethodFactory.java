package io.github.zmqspring.listener;

import java.util.ArrayList;
import java.util.List;

import io.github.zmqspring.annotation.ZmqIdentity;
import io.github.zmqspring.annotation.ZmqTopic;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * The spring-messaging method factory with the ZeroMQ parameter annotations added:
 * {@link ZmqIdentity @ZmqIdentity} and {@link ZmqTopic @ZmqTopic} next to {@code @Payload},
 * {@code @Header}, {@code @Headers} and {@code Message<T>}, and the body frames as they
 * arrived for a parameter of type {@code org.zeromq.ZMsg} or {@code List<byte[]>}.
 *
 * @author zmq-spring-boot
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

	/**
	 * Resolves a parameter carrying a given annotation from one message header.
	 */
	private record HeaderResolver(Class<? extends java.lang.annotation.Annotation> annotation, String header)
			implements HandlerMethodArgumentResolver {

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
