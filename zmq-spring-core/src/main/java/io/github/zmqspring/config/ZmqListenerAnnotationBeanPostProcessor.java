package io.github.zmqspring.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.broker.ZmqWorkerFactory;
import io.github.zmqspring.core.ZmqDispatchMode;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqListenerMethod;
import io.github.zmqspring.listener.ZmqListenerErrorHandler;
import io.github.zmqspring.annotation.ZmqPairListener;
import io.github.zmqspring.annotation.ZmqPullListener;
import io.github.zmqspring.annotation.ZmqRepListener;
import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.annotation.ZmqSubListener;
import io.github.zmqspring.annotation.ZmqWorker;
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
 * Finds methods annotated with a {@code @Zmq*Listener} or {@code @ZmqWorker} annotation,
 * describes each as a {@link ZmqListenerMethod} and, once all singletons exist, creates
 * one container per socket (and the MDP connections of each worker) and registers them with
 * the {@link ZmqEndpointRegistry}. Attributes may hold
 * {@code ${...}} placeholders.
 *
 * @author zmq-spring-boot
 */
public class ZmqListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, EmbeddedValueResolverAware {

	private static final Map<Class<? extends Annotation>, SocketType> LISTENER_TYPES = Map.of(
			ZmqRouterListener.class, SocketType.ROUTER, ZmqRepListener.class, SocketType.REP, ZmqSubListener.class,
			SocketType.SUB, ZmqPullListener.class, SocketType.PULL, ZmqPairListener.class, SocketType.PAIR,
			ZmqWorker.class, SocketType.ROUTER);

	private final Set<Class<?>> nonAnnotatedClasses = ConcurrentHashMap.newKeySet();

	private final List<ZmqListenerMethod> endpoints = new ArrayList<>();

	private final List<Worker> workers = new ArrayList<>();

	private @Nullable BeanFactory beanFactory;

	private @Nullable StringValueResolver resolver;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void setEmbeddedValueResolver(StringValueResolver resolver) {
		this.resolver = resolver;
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
		annotated.forEach((method, annotation) -> {
			Method invocable = checkProxy(method, bean);
			synchronized (this.endpoints) {
				this.endpoints.add(toEndpoint(annotation, bean, beanName, invocable));
			}
		});
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

	private ZmqListenerMethod toEndpoint(MergedAnnotation<Annotation> annotation, Object bean, String beanName,
			Method method) {
		String id = resolve(annotation.getString("id"));
		if (ZmqWorker.class.equals(annotation.getType())) {
			return toWorkerEndpoint(annotation, StringUtils.hasText(id) ? id : beanName + "." + method.getName(), bean,
					method);
		}
		return new ZmqListenerMethod(LISTENER_TYPES.get(annotation.getType()),
				StringUtils.hasText(id) ? id : beanName + "." + method.getName(), resolve(annotation.getString("endpoint")),
				resolveAll(annotation.getStringArray("bind")), resolveAll(annotation.getStringArray("connect")),
				annotation.getValue("route", String.class).map(this::resolve).orElse(""),
				annotation.getValue("topics", String[].class).map(this::resolveAll).orElse(List.of()),
				resolveInteger(annotation.getString("concurrency"), "concurrency"),
				resolveBoolean(annotation.getString("autoStartup")), errorHandler(annotation.getString("errorHandler")),
				resolveDispatch(annotation.getValue("dispatch", String.class).orElse("")), bean, method);
	}

	/**
	 * A {@code @ZmqWorker} is a ROUTER listener on an {@code inproc://} address (with a
	 * concurrency of 1 unless declared) plus, registered after it, its MDP connections.
	 */
	private ZmqListenerMethod toWorkerEndpoint(MergedAnnotation<Annotation> annotation, String id, Object bean,
			Method method) {
		Integer concurrency = resolveInteger(annotation.getString("concurrency"), "concurrency");
		Boolean autoStartup = resolveBoolean(annotation.getString("autoStartup"));
		Worker worker = new Worker(id, resolve(annotation.getString("service")), resolve(annotation.getString("broker")),
				(concurrency != null) ? concurrency : 1, autoStartup == null || autoStartup);
		synchronized (this.endpoints) {
			this.workers.add(worker);
		}
		return new ZmqListenerMethod(SocketType.ROUTER, id, "", List.of(ZmqWorkerFactory.listenerAddress(id)),
				List.of(), "", List.of(), worker.concurrency(), autoStartup,
				errorHandler(annotation.getString("errorHandler")), null, bean, method);
	}

	private @Nullable ZmqListenerErrorHandler errorHandler(String beanName) {
		String resolved = resolve(beanName);
		if (!StringUtils.hasText(resolved)) {
			return null;
		}
		Assert.state(this.beanFactory != null, "No BeanFactory");
		return this.beanFactory.getBean(resolved, ZmqListenerErrorHandler.class);
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
		throw new IllegalStateException("@Zmq*Listener method '" + method.getName() + "' on " + method.getDeclaringClass()
				+ " is not on any interface of its JDK proxy: declare it on an interface or use class-based proxies "
				+ "(proxyTargetClass = true)");
	}

	private String resolve(String value) {
		String resolved = (this.resolver != null) ? this.resolver.resolveStringValue(value) : value;
		return (resolved != null) ? resolved : "";
	}

	private List<String> resolveAll(String[] values) {
		return Arrays.stream(values).map(this::resolve).filter(StringUtils::hasText).toList();
	}

	private @Nullable Integer resolveInteger(String value, String attribute) {
		String resolved = resolve(value);
		if (!StringUtils.hasText(resolved)) {
			return null;
		}
		try {
			return Integer.valueOf(resolved.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Listener attribute '" + attribute + "' must be a number, got '" + resolved + "'");
		}
	}

	private @Nullable ZmqDispatchMode resolveDispatch(String value) {
		String resolved = resolve(value).trim();
		if (!StringUtils.hasText(resolved)) {
			return null;
		}
		for (ZmqDispatchMode mode : ZmqDispatchMode.values()) {
			if (mode.name().equalsIgnoreCase(resolved)) {
				return mode;
			}
		}
		throw new IllegalArgumentException("Listener attribute 'dispatch' must be 'direct' or 'executor', got '"
				+ resolved + "'");
	}

	private @Nullable Boolean resolveBoolean(String value) {
		String resolved = resolve(value);
		return StringUtils.hasText(resolved) ? Boolean.valueOf(resolved.trim()) : null;
	}

	@Override
	public void afterSingletonsInstantiated() {
		BeanFactory factory = this.beanFactory;
		Assert.state(factory != null, "No BeanFactory");
		List<ZmqListenerMethod> collected;
		List<Worker> workersCollected;
		synchronized (this.endpoints) {
			collected = List.copyOf(this.endpoints);
			this.endpoints.clear();
			workersCollected = List.copyOf(this.workers);
			this.workers.clear();
		}
		if (collected.isEmpty()) {
			return;
		}
		ZmqListenerContainerFactory containerFactory = factory.getBean(ZmqListenerContainerFactory.class);
		ZmqEndpointRegistry registry = factory.getBean(ZmqEndpointRegistry.class);
		Map<String, List<ZmqListenerMethod>> bySocket = new LinkedHashMap<>();
		for (ZmqListenerMethod endpoint : collected) {
			bySocket.computeIfAbsent(endpoint.socketId(), (key) -> new ArrayList<>()).add(endpoint);
		}
		bySocket.values().forEach((group) -> registry.register(containerFactory.createContainer(group)));
		if (!workersCollected.isEmpty()) {
			ZmqWorkerFactory workerFactory = factory.getBean(ZmqWorkerFactory.class);
			workersCollected.forEach((worker) -> registry.register(workerFactory.create(worker.id(), worker.service(),
					worker.broker(), worker.concurrency(), worker.autoStartup())));
		}
	}

	/**
	 * What a {@code @ZmqWorker} declares beyond its listener.
	 */
	private record Worker(String id, String service, String broker, int concurrency, boolean autoStartup) {
	}


}
