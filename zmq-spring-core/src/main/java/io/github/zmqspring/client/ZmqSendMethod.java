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

import java.lang.reflect.Method;

import io.github.zmqspring.annotation.ZmqTopic;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The plan for one method of a {@code @ZmqPubClient} or {@code @ZmqPushClient} interface:
 * which argument is the payload, the topic (a parameter or fixed on the method) and the
 * headers.
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
