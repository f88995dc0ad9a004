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

package io.github.zmqspring.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.broker.ZmqWorkerFactory;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqListenerMethod;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.Assert;

/**
 * The one path by which listener methods become running containers, whether they were
 * found on an annotated bean or registered in code by a {@link ZmqListenerConfigurer}, as
 * Spring Kafka's {@code KafkaListenerEndpointRegistrar} does.
 * <p>
 * Until all singletons exist, listener methods are collected; then the methods that share
 * a socket become one container each (created by the {@link ZmqListenerContainerFactory})
 * and are registered with the {@link ZmqEndpointRegistry}, which starts them with the
 * context. From then on, a method registered later (a {@code @Lazy} bean, a bean created
 * after the context started) becomes its container at once, and the registry starts it at
 * once when it is already running.
 */
public class ZmqListenerRegistrar {

	private final BeanFactory beanFactory;

	private final List<ZmqListenerMethod> pending = new ArrayList<>();

	private final List<Worker> pendingWorkers = new ArrayList<>();

	private boolean registerImmediately;

	ZmqListenerRegistrar(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	/**
	 * Register a listener method. Methods registered in the same
	 * {@link ZmqListenerConfigurer} and naming the same socket share one container.
	 * @param method the listener method
	 */
	public void registerListener(ZmqListenerMethod method) {
		register(List.of(method), List.of());
	}

	/**
	 * Register the listener methods of one bean and the MDP connections of its
	 * {@code @ZmqWorker} methods (registered after their listeners).
	 * @param methods the listener methods
	 * @param workers the workers
	 */
	void register(List<ZmqListenerMethod> methods, List<Worker> workers) {
		synchronized (this.pending) {
			this.pending.addAll(methods);
			this.pendingWorkers.addAll(workers);
			if (this.registerImmediately) {
				registerPending();
			}
		}
	}

	/**
	 * Create and register the containers of everything collected so far, and of
	 * everything registered from now on at once.
	 */
	void registerAll() {
		synchronized (this.pending) {
			registerPending();
			this.registerImmediately = true;
		}
	}

	private void registerPending() {
		List<ZmqListenerMethod> methods = List.copyOf(this.pending);
		List<Worker> workers = List.copyOf(this.pendingWorkers);
		this.pending.clear();
		this.pendingWorkers.clear();
		if (methods.isEmpty()) {
			return;
		}
		ZmqListenerContainerFactory containerFactory = this.beanFactory.getBean(ZmqListenerContainerFactory.class);
		ZmqEndpointRegistry registry = this.beanFactory.getBean(ZmqEndpointRegistry.class);
		Map<String, List<ZmqListenerMethod>> bySocket = new LinkedHashMap<>();
		for (ZmqListenerMethod method : methods) {
			bySocket.computeIfAbsent(method.socketId(), (key) -> new ArrayList<>()).add(method);
		}
		bySocket.forEach((socketId, group) -> {
			Assert.state(!this.registerImmediately || registry.getEndpoint(socketId) == null,
					() -> group.get(0) + " cannot join socket '" + socketId + "': that socket already has a container "
							+ "(all listener methods of one socket must be registered together, e.g. on beans that "
							+ "are not lazy)");
			registry.register(containerFactory.createContainer(group));
		});
		if (!workers.isEmpty()) {
			ZmqWorkerFactory workerFactory = this.beanFactory.getBean(ZmqWorkerFactory.class);
			workers.forEach((worker) -> registry.register(workerFactory.create(worker.id(), worker.service(),
					worker.broker(), worker.concurrency(), worker.autoStartup())));
		}
	}

	/**
	 * What a {@code @ZmqWorker} declares beyond its listener: the MDP service it offers
	 * and the broker it connects to.
	 *
	 * @param id the worker's id (also its listener's)
	 * @param service the service name
	 * @param broker the broker address or endpoint name
	 * @param concurrency how many requests it processes at once
	 * @param autoStartup whether it starts with the context
	 */
	record Worker(String id, String service, String broker, int concurrency, boolean autoStartup) {
	}

}
