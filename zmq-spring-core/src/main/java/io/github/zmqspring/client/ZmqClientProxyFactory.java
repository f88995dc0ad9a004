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

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqAttributeResolver;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.Assert;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Creates the proxies of {@link ZmqDealerClient @ZmqDealerClient},
 * {@link ZmqPubClient @ZmqPubClient} and {@link ZmqPushClient @ZmqPushClient} interfaces.
 * Each interface is introspected once into a plan per method; calls then only serialize,
 * send and (for requests) wait.
 */
public final class ZmqClientProxyFactory {

	private static final List<Class<? extends Annotation>> CLIENT_TYPES = List.of(ZmqDealerClient.class,
			ZmqPubClient.class, ZmqPushClient.class);

	private final ZmqClientSockets endpoints;

	private final ZmqPayloadConverter converter;

	private final ZmqAttributeResolver resolver;

	/**
	 * Create a factory.
	 * @param endpoints the client sockets
	 * @param converter serializes payloads and converts replies
	 * @param resolver resolves {@code ${...}} placeholders in annotation attributes
	 */
	public ZmqClientProxyFactory(ZmqClientSockets endpoints, ZmqPayloadConverter converter,
			StringValueResolver resolver) {
		this.endpoints = endpoints;
		this.converter = converter;
		this.resolver = new ZmqAttributeResolver(resolver);
	}

	/**
	 * Create the proxy of a client interface.
	 * @param <S> the interface type
	 * @param type the interface, annotated with {@link ZmqDealerClient},
	 * {@link ZmqPubClient} or {@link ZmqPushClient}, directly or through a composed
	 * annotation
	 * @return the proxy
	 * @throws IllegalStateException when an attribute is not a valid value, naming it and
	 * the interface or method
	 */
	public <S> S createClient(Class<S> type) {
		Assert.state(type.isInterface(), () -> type.getName() + " must be an interface");
		MergedAnnotation<?> annotation = clientAnnotation(type);
		ZmqAttributeResolver.Attributes client = this.resolver.attributes(annotation, type);
		String endpoint = client.string("endpoint");
		endpoint = StringUtils.hasText(endpoint) ? endpoint : StringUtils.uncapitalizeAsProperty(type.getSimpleName());
		List<String> connect = client.strings("connect");
		Map<Method, ClientCall> calls;
		if (annotation.getType() == ZmqDealerClient.class) {
			String service = client.string("service");
			calls = requestReplyCalls(type, client,
					this.endpoints.requestReply(endpoint, connect, StringUtils.hasText(service) ? service : null));
		}
		else {
			boolean publishes = annotation.getType() == ZmqPubClient.class;
			ZmqMessageSender sender = this.endpoints.sender(endpoint, connect,
					publishes ? SocketType.PUB : SocketType.PUSH);
			calls = sendCalls(type, publishes, contentType(client, sender.getEndpoint().getDefinition().contentType()),
					sender);
		}
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new ClientInvocationHandler(type, endpoint, calls)));
	}

	/**
	 * The client annotation of a type, declared on it or composed through a
	 * meta-annotation, with its aliases merged.
	 */
	private static MergedAnnotation<?> clientAnnotation(Class<?> type) {
		MergedAnnotations annotations = MergedAnnotations.from(type);
		List<MergedAnnotation<?>> found = CLIENT_TYPES.stream()
			.<MergedAnnotation<?>>map(annotations::get)
			.filter(MergedAnnotation::isPresent)
			.toList();
		Assert.state(found.size() == 1, () -> type.getName() + " must be annotated with exactly one of "
				+ "@ZmqDealerClient, @ZmqPubClient or @ZmqPushClient (directly or through a composed annotation)");
		return found.get(0);
	}

	private Map<Method, ClientCall> requestReplyCalls(Class<?> type, ZmqAttributeResolver.Attributes annotation,
			ZmqRequestReplyClient client) {
		Duration timeout = Objects.requireNonNullElse(annotation.duration("timeout"),
				client.getDefinition().requestTimeout());
		String contentType = contentType(annotation, client.getDefinition().contentType());
		ZmqRetrySettings clientRetry = RetryAttributes.resolve(client.getDefinition().retry(),
				attributes(MergedAnnotations.from(type), ZmqRetry.class, type));
		Map<Method, ClientCall> calls = new HashMap<>();
		for (Method method : clientMethods(type)) {
			MergedAnnotations annotations = MergedAnnotations.from(method);
			ZmqAttributeResolver.Attributes route = attributes(annotations, ZmqRoute.class, method);
			ZmqClientMethod plan = (route != null) ? new ZmqClientMethod(method, route.string("value"),
					Objects.requireNonNullElse(route.duration("timeout"), timeout), contentType(route, contentType))
					: new ZmqClientMethod(method, "", timeout, contentType);
			RetryingRequests retrying = new RetryingRequests(client,
					RetryAttributes.resolve(clientRetry, attributes(annotations, ZmqRetry.class, method)),
					client.getScheduler());
			calls.put(method, (args) -> plan.invoke(args, client, retrying, this.converter));
		}
		return calls;
	}

	private ZmqAttributeResolver.@Nullable Attributes attributes(MergedAnnotations annotations,
			Class<? extends Annotation> type, AnnotatedElement element) {
		MergedAnnotation<?> annotation = annotations.get(type);
		return annotation.isPresent() ? this.resolver.attributes(annotation, element) : null;
	}

	private Map<Method, ClientCall> sendCalls(Class<?> type, boolean publishes, @Nullable String contentType,
			ZmqMessageSender sender) {
		Map<Method, ClientCall> calls = new HashMap<>();
		for (Method method : clientMethods(type)) {
			ZmqSendMethod plan = new ZmqSendMethod(method, publishes, contentType);
			calls.put(method, (args) -> {
				plan.send(args, sender, this.converter);
				return null;
			});
		}
		return calls;
	}

	private static List<Method> clientMethods(Class<?> type) {
		return Arrays.stream(type.getMethods())
			.filter((method) -> !method.isDefault() && !Modifier.isStatic(method.getModifiers()))
			.toList();
	}

	/**
	 * The content type of a client or method: the annotation's, else the inherited one
	 * (the endpoint's for a client, the client's for a method), checked once.
	 */
	private static @Nullable String contentType(ZmqAttributeResolver.Attributes annotation,
			@Nullable String inherited) {
		String declared = annotation.string("contentType");
		if (!StringUtils.hasText(declared)) {
			return inherited;
		}
		try {
			MimeTypeUtils.parseMimeType(declared);
		}
		catch (InvalidMimeTypeException ex) {
			throw annotation.invalid("contentType", "\"" + declared + "\" is not a MIME type: " + ex.getMessage());
		}
		return declared;
	}

	/**
	 * One method of a client interface, bound to its socket.
	 */
	@FunctionalInterface
	private interface ClientCall {

		@Nullable Object invoke(@Nullable Object[] args);

	}

	/**
	 * Dispatches proxy calls to their method plans.
	 */
	private final class ClientInvocationHandler implements InvocationHandler {

		private final Class<?> type;

		private final String endpoint;

		private final Map<Method, ClientCall> calls;

		ClientInvocationHandler(Class<?> type, String endpoint, Map<Method, ClientCall> calls) {
			this.type = type;
			this.endpoint = endpoint;
			this.calls = calls;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			ClientCall call = this.calls.get(method);
			if (call != null) {
				return call.invoke((args != null) ? args : new Object[0]);
			}
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, args);
			}
			if (ReflectionUtils.isToStringMethod(method)) {
				return "ZeroMQ client " + this.type.getName() + " on endpoint '" + this.endpoint + "'";
			}
			if (ReflectionUtils.isEqualsMethod(method)) {
				return proxy == ((args != null) ? args[0] : null);
			}
			if (ReflectionUtils.isHashCodeMethod(method)) {
				return System.identityHashCode(proxy);
			}
			throw new IllegalStateException("Unexpected method " + method + " on ZeroMQ client " + this.type.getName());
		}

	}

}
