package io.github.zmqspring.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.format.datetime.standard.DurationFormatterUtils;
import org.springframework.util.Assert;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Creates the proxies of {@link ZmqDealerClient @ZmqDealerClient} interfaces. Each interface
 * is introspected once into a plan per method; calls then only serialize, send and wait.
 *
 * @author zmq-spring-boot
 */
public final class ZmqClientProxyFactory {

	private final ZmqClientEndpoints endpoints;

	private final ZmqPayloadConverter converter;

	private final StringValueResolver resolver;

	/**
	 * Create a factory.
	 * @param endpoints the client sockets
	 * @param converter serializes payloads and converts replies
	 * @param resolver resolves {@code ${...}} placeholders in annotation attributes
	 */
	public ZmqClientProxyFactory(ZmqClientEndpoints endpoints, ZmqPayloadConverter converter,
			StringValueResolver resolver) {
		this.endpoints = endpoints;
		this.converter = converter;
		this.resolver = resolver;
	}

	/**
	 * Create the proxy of a client interface.
	 * @param <S> the interface type
	 * @param type the interface, annotated with {@link ZmqDealerClient}
	 * @return the proxy
	 */
	public <S> S createClient(Class<S> type) {
		ZmqDealerClient annotation = type.getAnnotation(ZmqDealerClient.class);
		Assert.state(type.isInterface() && annotation != null,
				() -> type.getName() + " must be an interface annotated with @ZmqDealerClient");
		ZmqRequestReplyClient client = this.endpoints.requestReply(resolve(annotation.endpoint()));
		Duration timeout = StringUtils.hasText(annotation.timeout()) ? parseDuration(annotation.timeout())
				: client.getDefinition().requestTimeout();
		String declared = resolve(annotation.contentType());
		String contentType = StringUtils.hasText(declared) ? declared : client.getDefinition().contentType();
		if (contentType != null) {
			checkContentType(type, contentType);
		}
		Map<Method, ZmqClientMethod> methods = new HashMap<>();
		for (Method method : type.getMethods()) {
			if (!method.isDefault() && !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
				methods.put(method, new ZmqClientMethod(method, timeout, contentType, this::parseDuration));
			}
		}
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new ClientInvocationHandler(type, client, methods)));
	}

	private static void checkContentType(Class<?> type, String contentType) {
		try {
			MimeTypeUtils.parseMimeType(contentType);
		}
		catch (InvalidMimeTypeException ex) {
			throw new IllegalStateException("@ZmqDealerClient(contentType = \"" + contentType + "\") of " + type.getName()
					+ " is not a MIME type: " + ex.getMessage(), ex);
		}
	}

	private String resolve(String value) {
		String resolved = this.resolver.resolveStringValue(value);
		return (resolved != null) ? resolved : "";
	}

	private Duration parseDuration(String value) {
		return DurationFormatterUtils.detectAndParse(resolve(value));
	}

	/**
	 * Dispatches proxy calls to their method plans.
	 */
	private final class ClientInvocationHandler implements InvocationHandler {

		private final Class<?> type;

		private final ZmqRequestReplyClient client;

		private final Map<Method, ZmqClientMethod> methods;

		ClientInvocationHandler(Class<?> type, ZmqRequestReplyClient client, Map<Method, ZmqClientMethod> methods) {
			this.type = type;
			this.client = client;
			this.methods = methods;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			ZmqClientMethod plan = this.methods.get(method);
			if (plan != null) {
				return plan.invoke((args != null) ? args : new Object[0], this.client, ZmqClientProxyFactory.this.converter);
			}
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, args);
			}
			if (ReflectionUtils.isToStringMethod(method)) {
				return "ZeroMQ client " + this.type.getName() + " on endpoint '" + this.client.getEndpoint().getId() + "'";
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
