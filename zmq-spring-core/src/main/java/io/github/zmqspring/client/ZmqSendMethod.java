package io.github.zmqspring.client;

import java.lang.reflect.Method;

import io.github.zmqspring.annotation.ZmqTopic;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The plan for one method of a {@code @ZmqPubClient} or {@code @ZmqPushClient} interface:
 * which argument is the payload, the topic (a parameter or fixed on the method) and the
 * headers.
 *
 * @author zmq-spring-boot
 */
final class ZmqSendMethod {

	private final ClientParameters parameters;

	private final @Nullable String fixedTopic;

	private final boolean publishes;

	private final @Nullable String contentType;

	ZmqSendMethod(Method method, boolean publishes, @Nullable String contentType) {
		Assert.state(method.getReturnType() == void.class,
				() -> "One-way client method " + method + " must return void: nothing comes back on PUB or PUSH");
		this.parameters = new ClientParameters(method);
		ZmqTopic topic = method.getAnnotation(ZmqTopic.class);
		this.fixedTopic = (topic != null) ? topic.value() : null;
		this.publishes = publishes;
		this.contentType = contentType;
	}

	void send(@Nullable Object[] args, ZmqMessageSender sender, ZmqPayloadConverter converter) {
		String topic = null;
		if (this.publishes) {
			topic = (this.fixedTopic != null) ? this.fixedTopic : this.parameters.topic(args);
			Assert.state(topic != null, "Publishing needs a topic: a @ZmqTopic parameter or @ZmqTopic on the method");
		}
		sender.send(topic, this.parameters.payload(args, converter, this.contentType), this.parameters.headers(args));
	}

}
