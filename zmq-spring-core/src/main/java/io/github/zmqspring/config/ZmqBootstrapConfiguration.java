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
 *
 * @author zmq-spring-boot
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
