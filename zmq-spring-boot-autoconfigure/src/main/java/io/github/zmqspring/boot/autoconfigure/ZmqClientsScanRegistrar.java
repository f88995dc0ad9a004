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
 * Registers {@code @ZmqDealerClient} proxies found in the application's auto-configuration
 * packages (the package of the {@code @SpringBootApplication} class and below).
 *
 * @author zmq-spring-boot
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
