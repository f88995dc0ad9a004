package io.github.zmqspring.client;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.util.Assert;

/**
 * Creates the proxy of one client interface with the application's
 * {@link ZmqClientProxyFactory}. The bean definition of every client interface is one of
 * these with the interface as its constructor argument, so ahead-of-time processing can
 * generate code for it (as for Spring Data repositories).
 *
 * @param <T> the client interface
 * @author zmq-spring-boot
 */
public class ZmqClientFactoryBean<T> implements FactoryBean<T>, BeanFactoryAware {

	private final Class<T> clientType;

	private @Nullable BeanFactory beanFactory;

	/**
	 * Create a factory bean.
	 * @param clientType the client interface
	 */
	public ZmqClientFactoryBean(Class<T> clientType) {
		Assert.notNull(clientType, "'clientType' must not be null");
		this.clientType = clientType;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/** @return the client interface */
	public Class<T> getClientType() {
		return this.clientType;
	}

	@Override
	public T getObject() {
		Assert.state(this.beanFactory != null, "No BeanFactory");
		return this.beanFactory.getBean(ZmqClientProxyFactory.class).createClient(this.clientType);
	}

	@Override
	public Class<T> getObjectType() {
		return this.clientType;
	}

}
