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

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.annotation.ZmqPairListener;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.annotation.ZmqSubListener;
import io.github.zmqspring.annotation.ZmqWorker;
import io.github.zmqspring.broker.ZmqWorkerFactory;
import io.github.zmqspring.core.ZmqAttributeResolver;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.listener.ZmqListenerErrorHandler;
import io.github.zmqspring.listener.ZmqListenerMethod;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EmbeddedValueResolverAware;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Finds methods annotated with a {@code @Zmq*Listener} or {@code @ZmqWorker} annotation
 * (directly or through a composed annotation), describes each as a
 * {@link ZmqListenerMethod} and hands them to the {@link ZmqListenerRegistrar}, which
 * creates one container per socket (and the MDP connections of each worker) and registers
 * them with the {@link ZmqEndpointRegistry}. Once all singletons exist, the
 * {@link ZmqListenerConfigurer} beans register theirs and every container is created; a
 * bean created later (a {@code @Lazy} one, say) has its listeners created and started at
 * once. Attributes may hold {@code ${...}} placeholders; a value that is not what an
 * attribute takes fails start-up naming the attribute and the method.
 */
public class ZmqListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, EmbeddedValueResolverAware {

	private static final Map<Class<? extends Annotation>, SocketType> LISTENER_TYPES = Map.of(ZmqRouterListener.class,
			SocketType.ROUTER, ZmqRepListener.class, SocketType.REP, ZmqSubListener.class, SocketType.SUB,
			ZmqPullListener.class, SocketType.PULL, ZmqPairListener.class, SocketType.PAIR, ZmqWorker.class,
			SocketType.ROUTER);

	private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

	private @Nullable BeanFactory beanFactory;

	private @Nullable ZmqListenerRegistrar registrar;

	private ZmqAttributeResolver resolver = new ZmqAttributeResolver(null);

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
		this.registrar = new ZmqListenerRegistrar(beanFactory);
	}

	@Override
	public void setEmbeddedValueResolver(StringValueResolver resolver) {
		this.resolver = new ZmqAttributeResolver(resolver);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.nonAnnotatedClasses.contains(targetClass)) {
			return bean;
		}
		Map<Method, MergedAnnotation<Annotation>> annotated = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<MergedAnnotation<Annotation>>) this::findListenerAnnotation);
		if (annotated.isEmpty()) {
			this.nonAnnotatedClasses.add(targetClass);
			return bean;
		}
		List<ZmqListenerMethod> methods = new ArrayList<>();
		List<ZmqListenerRegistrar.Worker> workers = new ArrayList<>();
		annotated.forEach((method, annotation) -> {
			ZmqAttributeResolver.Attributes attributes = this.resolver.attributes(annotation, method);
			Method invocable = checkProxy(method, bean);
			String id = attributes.string("id");
			id = StringUtils.hasText(id) ? id : beanName + "." + method.getName();
			if (ZmqWorker.class.equals(annotation.getType())) {
				ZmqListenerRegistrar.Worker worker = worker(id, attributes);
				workers.add(worker);
				methods.add(workerListener(worker, attributes, bean, invocable));
			}
			else {
				methods.add(listener(LISTENER_TYPES.get(annotation.getType()), id, attributes, bean, invocable));
			}
		});
		registrar().register(methods, workers);
		return bean;
	}

	/**
	 * Whether a method carries one of the {@code @Zmq*Listener} annotations, directly or
	 * through a meta-annotation.
	 * @param method the method
	 * @return whether it is a listener method
	 */
	public static boolean isListenerMethod(Method method) {
		MergedAnnotations annotations = MergedAnnotations.from(method);
		return LISTENER_TYPES.keySet().stream().anyMatch(annotations::isPresent);
	}

	/**
	 * The {@code @Zmq*Listener} annotation types this processor handles.
	 * @return the annotation types
	 */
	public static Set<Class<? extends Annotation>> listenerAnnotationTypes() {
		return LISTENER_TYPES.keySet();
	}

	@SuppressWarnings("unchecked")
	private @Nullable MergedAnnotation<Annotation> findListenerAnnotation(Method method) {
		MergedAnnotations annotations = MergedAnnotations.from(method);
		MergedAnnotation<Annotation> found = null;
		for (Class<? extends Annotation> type : LISTENER_TYPES.keySet()) {
			MergedAnnotation<? extends Annotation> candidate = annotations.get(type);
			if (candidate.isPresent()) {
				Assert.state(found == null, () -> "Method " + method + " has more than one ZeroMQ listener annotation");
				found = (MergedAnnotation<Annotation>) candidate;
			}
		}
		return found;
	}

	private ZmqListenerMethod listener(SocketType type, String id, ZmqAttributeResolver.Attributes attributes,
			Object bean, Method method) {
		return new ZmqListenerMethod(type, id, attributes.string("endpoint"), attributes.strings("bind"),
				attributes.strings("connect"), attributes.string("route"), attributes.strings("topics"),
				attributes.integer("concurrency"), attributes.bool("autoStartup"), errorHandler(attributes),
				attributes.enumValue("dispatch", ZmqDispatchMode.class), bean, method);
	}

	/**
	 * What a {@code @ZmqWorker} declares: its service and broker, with a concurrency of 1
	 * unless declared.
	 */
	private static ZmqListenerRegistrar.Worker worker(String id, ZmqAttributeResolver.Attributes attributes) {
		Integer concurrency = attributes.integer("concurrency");
		Boolean autoStartup = attributes.bool("autoStartup");
		return new ZmqListenerRegistrar.Worker(id, attributes.string("service"), attributes.string("broker"),
				(concurrency != null) ? concurrency : 1, autoStartup == null || autoStartup);
	}

	/**
	 * A {@code @ZmqWorker} is a ROUTER listener on an {@code inproc://} address; its MDP
	 * connections are registered after it.
	 */
	private ZmqListenerMethod workerListener(ZmqListenerRegistrar.Worker worker,
			ZmqAttributeResolver.Attributes attributes, Object bean, Method method) {
		return new ZmqListenerMethod(SocketType.ROUTER, worker.id(), "",
				List.of(ZmqWorkerFactory.listenerAddress(worker.id())), List.of(), "", List.of(), worker.concurrency(),
				attributes.bool("autoStartup"), errorHandler(attributes),
				attributes.enumValue("dispatch", ZmqDispatchMode.class), bean, method);
	}

	private @Nullable ZmqListenerErrorHandler errorHandler(ZmqAttributeResolver.Attributes attributes) {
		String name = attributes.string("errorHandler");
		if (!StringUtils.hasText(name)) {
			return null;
		}
		Assert.state(this.beanFactory != null, "No BeanFactory");
		return this.beanFactory.getBean(name, ZmqListenerErrorHandler.class);
	}

	private Method checkProxy(Method method, Object bean) {
		if (!Proxy.isProxyClass(bean.getClass())) {
			return method;
		}
		for (Class<?> type : bean.getClass().getInterfaces()) {
			try {
				return type.getMethod(method.getName(), method.getParameterTypes());
			}
			catch (NoSuchMethodException ex) {
				// try the next interface
			}
		}
		throw new IllegalStateException("@Zmq*Listener method '" + method.getName() + "' on "
				+ method.getDeclaringClass()
				+ " is not on any interface of its JDK proxy: declare it on an interface or use class-based proxies "
				+ "(proxyTargetClass = true)");
	}

	private ZmqListenerRegistrar registrar() {
		Assert.state(this.registrar != null, "No BeanFactory");
		return this.registrar;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ZmqListenerRegistrar registrar = registrar();
		Assert.state(this.beanFactory != null, "No BeanFactory");
		this.beanFactory.getBeanProvider(ZmqListenerConfigurer.class)
			.orderedStream()
			.forEach((configurer) -> configurer.configureListeners(registrar));
		registrar.registerAll();
	}

}
