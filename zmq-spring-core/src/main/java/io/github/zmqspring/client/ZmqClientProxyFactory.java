package io.github.zmqspring.client;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqPubClient;
import io.github.zmqspring.annotation.ZmqPushClient;
import io.github.zmqspring.annotation.ZmqRetry;
import io.github.zmqspring.annotation.ZmqRoute;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqRetrySettings;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.format.datetime.standard.DurationFormatterUtils;
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
 *
 * @author zmq-spring-boot
 */
public final class ZmqClientProxyFactory {

	private final ZmqClientSockets endpoints;

	private final ZmqPayloadConverter converter;

	private final StringValueResolver resolver;

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
		this.resolver = resolver;
	}

	/**
	 * Create the proxy of a client interface.
	 * @param <S> the interface type
	 * @param type the interface, annotated with {@link ZmqDealerClient}
	 * @return the proxy
	 */
	public <S> S createClient(Class<S> type) {
		Assert.state(type.isInterface(), () -> type.getName() + " must be an interface");
		MergedAnnotations annotations = MergedAnnotations.from(type);
		ZmqDealerClient dealer = find(annotations, ZmqDealerClient.class);
		ZmqPubClient pub = find(annotations, ZmqPubClient.class);
		ZmqPushClient push = find(annotations, ZmqPushClient.class);
		Map<Method, ClientCall> calls;
		String endpoint;
		if (dealer != null) {
			endpoint = endpointName(type, dealer.endpoint());
			calls = requestReplyCalls(type, dealer, this.endpoints.requestReply(endpoint, resolveAll(dealer.connect())));
		}
		else if (pub != null || push != null) {
			endpoint = endpointName(type, (pub != null) ? pub.endpoint() : push.endpoint());
			ZmqMessageSender sender = this.endpoints.sender(endpoint,
					resolveAll((pub != null) ? pub.connect() : push.connect()),
					(pub != null) ? SocketType.PUB : SocketType.PUSH);
			calls = sendCalls(type, pub != null, contentType(type.getName(),
					(pub != null) ? pub.contentType() : push.contentType(),
					sender.getEndpoint().getDefinition().contentType()), sender);
		}
		else {
			throw new IllegalStateException(
					type.getName() + " must be annotated with @ZmqDealerClient, @ZmqPubClient or @ZmqPushClient");
		}
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new ClientInvocationHandler(type, endpoint, calls)));
	}

	/**
	 * The client annotation of a type, declared on it or composed through a meta-annotation,
	 * with its aliases merged.
	 */
	private static <A extends Annotation> @Nullable A find(MergedAnnotations annotations, Class<A> type) {
		return annotations.get(type).synthesize(MergedAnnotation::isPresent).orElse(null);
	}

	/**
	 * The endpoint name of a client: the declared one, else the interface's simple name as a
	 * bean property.
	 */
	private String endpointName(Class<?> type, String declared) {
		String name = resolve(declared);
		return StringUtils.hasText(name) ? name : StringUtils.uncapitalizeAsProperty(type.getSimpleName());
	}

	private Map<Method, ClientCall> requestReplyCalls(Class<?> type, ZmqDealerClient annotation,
			ZmqRequestReplyClient client) {
		Duration timeout = StringUtils.hasText(annotation.timeout()) ? parseDuration(annotation.timeout())
				: client.getDefinition().requestTimeout();
		String contentType = contentType(type.getName(), annotation.contentType(), client.getDefinition().contentType());
		ZmqRetrySettings clientRetry = RetryAttributes.resolve(client.getDefinition().retry(),
				type.getAnnotation(ZmqRetry.class), this.resolver);
		Map<Method, ClientCall> calls = new HashMap<>();
		for (Method method : clientMethods(type)) {
			ZmqRoute route = method.getAnnotation(ZmqRoute.class);
			String methodContentType = (route != null)
					? contentType(type.getName() + "." + method.getName(), route.contentType(), contentType) : contentType;
			ZmqClientMethod plan = new ZmqClientMethod(method, timeout, methodContentType, this::parseDuration);
			RetryingRequests retrying = new RetryingRequests(client,
					RetryAttributes.resolve(clientRetry, method.getAnnotation(ZmqRetry.class), this.resolver),
					client.getScheduler());
			calls.put(method, (args) -> plan.invoke(args, client, retrying, this.converter));
		}
		return calls;
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
	 * The content type of a client or method: the annotation's, else the inherited one (the
	 * endpoint's for a client, the client's for a method), checked once.
	 * @param owner the client interface or method, for the error message
	 */
	private @Nullable String contentType(String owner, String declared, @Nullable String inherited) {
		String resolved = resolve(declared);
		String contentType = StringUtils.hasText(resolved) ? resolved : inherited;
		if (contentType != null) {
			checkContentType(owner, contentType);
		}
		return contentType;
	}

	private static void checkContentType(String owner, String contentType) {
		try {
			MimeTypeUtils.parseMimeType(contentType);
		}
		catch (InvalidMimeTypeException ex) {
			throw new IllegalStateException("The content type \"" + contentType + "\" of ZeroMQ client " + owner
					+ " is not a MIME type: " + ex.getMessage(), ex);
		}
	}

	private String resolve(String value) {
		String resolved = this.resolver.resolveStringValue(value);
		return (resolved != null) ? resolved : "";
	}

	private List<String> resolveAll(String[] values) {
		return Arrays.stream(values).map(this::resolve).filter(StringUtils::hasText).toList();
	}

	private Duration parseDuration(String value) {
		return DurationFormatterUtils.detectAndParse(resolve(value));
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
