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

	/**
	 * @return the client interface
	 */
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
