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

package io.github.zmqspring.boot.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.core.ZmqContextFactoryBean;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.CompositeTaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Auto-configuration for ZeroMQ: the {@link ZContext}, the endpoint definitions from
 * {@code zmq.endpoints}, the endpoint registry, the executor that runs listener handlers,
 * and the listener and client infrastructure.
 * <p>
 * The handler executor is registered as {@value #LISTENER_TASK_EXECUTOR_BEAN_NAME} but is
 * not a default injection candidate: it neither makes Boot back off from its
 * {@code applicationTaskExecutor} nor makes an injection of {@code Executor} by type
 * ambiguous. Refer to it by name.
 */
@AutoConfiguration(after = TaskExecutionAutoConfiguration.class,
		afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(ZContext.class)
@EnableConfigurationProperties(ZmqProperties.class)
@Import({ ZmqAnnotationDrivenConfiguration.class, ZmqClientsConfiguration.class })
public final class ZmqAutoConfiguration {

	/** The name of the {@link ZContext} bean. */
	public static final String CONTEXT_BEAN_NAME = "zmqContext";

	/** The name of the executor bean that runs listener handlers. */
	public static final String LISTENER_TASK_EXECUTOR_BEAN_NAME = "zmqListenerTaskExecutor";

	/** The name prefix of the threads that run listener handlers. */
	public static final String HANDLER_THREAD_NAME_PREFIX = "zmq-handler-";

	@Bean(CONTEXT_BEAN_NAME)
	@ConditionalOnMissingBean(ZContext.class)
	ZmqContextFactoryBean zmqContext(ZmqProperties properties) {
		ZmqProperties.Context context = properties.getContext();
		ZmqContextFactoryBean factoryBean = new ZmqContextFactoryBean();
		factoryBean.setIoThreads(atLeastOne("zmq.context.io-threads", context.getIoThreads()));
		factoryBean.setMaxSockets(atLeastOne("zmq.context.max-sockets", context.getMaxSockets()));
		factoryBean.setShutdownTimeout(notNegative("zmq.context.shutdown-timeout", context.getShutdownTimeout()));
		return factoryBean;
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqEndpointDefinitions zmqEndpointDefinitions(ZmqProperties properties) {
		return new ZmqEndpointDefinitionsFactory(properties).create();
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqEndpointRegistry zmqEndpointRegistry() {
		return new ZmqEndpointRegistry();
	}

	@Bean
	ZmqProxiesRegistrar zmqProxiesRegistrar(ZContext context, ZmqProperties properties, ZmqEndpointRegistry registry,
			ObjectProvider<ZmqSocketCustomizer> customizers, ZmqClientSockets clientEndpoints,
			ZmqEndpointDefinitions definitions) {
		return new ZmqProxiesRegistrar(context, properties, registry, customizers.orderedStream().toList(),
				clientEndpoints, definitions);
	}

	@Bean
	ZmqBrokersRegistrar zmqBrokersRegistrar(ZContext context, ZmqProperties properties, ZmqEndpointRegistry registry,
			ObjectProvider<ZmqSocketCustomizer> customizers) {
		return new ZmqBrokersRegistrar(context, properties, registry, customizers.orderedStream().toList());
	}

	@Bean
	ZmqPortInfoApplicationListener zmqPortInfoApplicationListener() {
		return new ZmqPortInfoApplicationListener();
	}

	/**
	 * A bounded pool of {@code zmq.listener.pool-size} platform threads. Its queue has no
	 * capacity limit on purpose: every listener stops reading when its own concurrency is
	 * used up, so at most the sum of the listeners' concurrency waits here. It keeps
	 * taking handlers after the context starts closing, because the endpoint registry
	 * drains its listeners later, in the life-cycle stop; when the pool is destroyed,
	 * handlers that outlived {@code zmq.context.shutdown-timeout} are interrupted (never
	 * a socket thread).
	 */
	@Bean(name = LISTENER_TASK_EXECUTOR_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = LISTENER_TASK_EXECUTOR_BEAN_NAME)
	@ConditionalOnThreading(Threading.PLATFORM)
	ThreadPoolTaskExecutor zmqListenerTaskExecutor(ZmqProperties properties,
			ObjectProvider<TaskDecorator> taskDecorator) {
		int poolSize = atLeastOne("zmq.listener.pool-size", properties.getListener().getPoolSize());
		return new ThreadPoolTaskExecutorBuilder().corePoolSize(poolSize)
			.maxPoolSize(poolSize)
			.threadNamePrefix(HANDLER_THREAD_NAME_PREFIX)
			.acceptTasksAfterContextClose(true)
			.taskDecorator(taskDecorator(taskDecorator))
			.build();
	}

	/**
	 * One virtual thread per handler; listener concurrency still bounds how many run.
	 */
	@Bean(name = LISTENER_TASK_EXECUTOR_BEAN_NAME, defaultCandidate = false)
	@ConditionalOnMissingBean(name = LISTENER_TASK_EXECUTOR_BEAN_NAME)
	@ConditionalOnThreading(Threading.VIRTUAL)
	SimpleAsyncTaskExecutor zmqListenerTaskExecutorVirtualThreads(ObjectProvider<TaskDecorator> taskDecorator) {
		return new SimpleAsyncTaskExecutorBuilder().virtualThreads(true)
			.threadNamePrefix(HANDLER_THREAD_NAME_PREFIX)
			.taskDecorator(taskDecorator(taskDecorator))
			.build();
	}

	private static @Nullable TaskDecorator taskDecorator(ObjectProvider<TaskDecorator> taskDecorator) {
		List<TaskDecorator> taskDecorators = taskDecorator.orderedStream().toList();
		if (taskDecorators.size() == 1) {
			return taskDecorators.get(0);
		}
		return (!taskDecorators.isEmpty()) ? new CompositeTaskDecorator(taskDecorators) : null;
	}

	private static int atLeastOne(String property, int value) {
		if (value < 1) {
			throw new InvalidConfigurationPropertyValueException(property, value, "must be at least 1");
		}
		return value;
	}

	private static Duration notNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new InvalidConfigurationPropertyValueException(property, value, "must not be negative");
		}
		return value;
	}

}
