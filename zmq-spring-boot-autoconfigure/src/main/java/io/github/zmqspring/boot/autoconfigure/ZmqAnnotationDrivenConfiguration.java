package io.github.zmqspring.boot.autoconfigure;

import java.util.concurrent.Executor;

import io.github.zmqspring.annotation.EnableZmq;
import io.github.zmqspring.annotation.ZmqConfigUtils;
import io.github.zmqspring.convert.ZmqMessageConverters;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqMessageHandlerMethodFactory;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.validation.Validator;

/**
 * Listener infrastructure: payload conversion, argument resolution, the container factory,
 * and {@link EnableZmq @EnableZmq} unless the application enabled it itself.
 *
 * @author zmq-spring-boot
 */
@Configuration(proxyBeanMethods = false)
class ZmqAnnotationDrivenConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ZmqPayloadConverter zmqPayloadConverter(ObjectProvider<MessageConverter> converters) {
		return new ZmqPayloadConverter(ZmqMessageConverters.create(converters.orderedStream().toList(), null));
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqMessageHandlerMethodFactory zmqMessageHandlerMethodFactory(ZmqPayloadConverter payloadConverter,
			ObjectProvider<Validator> validator) {
		ZmqMessageHandlerMethodFactory factory = new ZmqMessageHandlerMethodFactory();
		factory.setMessageConverter(payloadConverter.getMessageConverter());
		validator.ifUnique(factory::setValidator);
		return factory;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqListenerContainerFactory zmqListenerContainerFactory(ZContext context, ZmqEndpointDefinitions definitions,
			@Qualifier(ZmqAutoConfiguration.LISTENER_TASK_EXECUTOR_BEAN_NAME) Executor executor,
			ZmqMessageHandlerMethodFactory methodFactory, ZmqPayloadConverter payloadConverter,
			ObjectProvider<ZmqSocketCustomizer> customizers, ZmqProperties properties) {
		ZmqListenerContainerFactory factory = new ZmqListenerContainerFactory(context, definitions, executor,
				methodFactory, payloadConverter);
		factory.setCustomizers(customizers.orderedStream().toList());
		factory.setDefaultConcurrency(properties.getListener().getConcurrency());
		factory.setShutdownTimeout(properties.getContext().getShutdownTimeout());
		return factory;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableZmq
	@ConditionalOnMissingBean(name = ZmqConfigUtils.LISTENER_ANNOTATION_PROCESSOR_BEAN_NAME)
	static class EnableZmqConfiguration {

	}

}
