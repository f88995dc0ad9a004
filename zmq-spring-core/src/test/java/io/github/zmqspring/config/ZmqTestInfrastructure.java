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

import java.time.Duration;
import java.util.List;

import io.github.zmqspring.client.ZmqClientProxyFactory;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.convert.ZmqMessageConverters;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqContextFactoryBean;
import io.github.zmqspring.core.ZmqEndpoint;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointDefinitions;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import io.github.zmqspring.listener.ZmqListenerContainerFactory;
import io.github.zmqspring.listener.ZmqMessageHandlerMethodFactory;
import io.github.zmqspring.test.TestSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a plain Spring application (no Boot) defines to use the starter's listeners and
 * clients, with {@link EnableZmq @EnableZmq}: the context, the endpoint definitions
 * (none, but one are inline), an executor, argument resolution, payload conversion, the
 * listener container factory and the client sockets and proxy factory. Also raw JeroMQ
 * requests for the tests.
 */
@Configuration(proxyBeanMethods = false)
@EnableZmq
class ZmqTestInfrastructure {

	@Bean
	static PropertySourcesPlaceholderConfigurer placeholderConfigurer() {
		return new PropertySourcesPlaceholderConfigurer();
	}

	@Bean
	ZmqContextFactoryBean zmqContext() {
		ZmqContextFactoryBean factory = new ZmqContextFactoryBean();
		factory.setShutdownTimeout(Duration.ofSeconds(2));
		return factory;
	}

	/**
	 * One named endpoint, {@code server}, bound to a random loopback port, for listeners
	 * that share a socket; the others declare theirs inline.
	 */
	@Bean
	ZmqEndpointDefinitions zmqEndpointDefinitions() {
		return new ZmqEndpointDefinitions(
				List.of(ZmqEndpointDefinition.builder("server").bind(List.of("tcp://127.0.0.1:*")).build()),
				(defaults) -> {
				});
	}

	@Bean
	ThreadPoolTaskExecutor zmqExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(4);
		executor.setThreadNamePrefix("zmq-test-");
		return executor;
	}

	@Bean
	ThreadPoolTaskScheduler zmqScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setDaemon(true);
		return scheduler;
	}

	@Bean
	ZmqPayloadConverter zmqPayloadConverter() {
		return new ZmqPayloadConverter(ZmqMessageConverters.createDefault());
	}

	@Bean
	ZmqMessageHandlerMethodFactory zmqMessageHandlerMethodFactory(ZmqPayloadConverter converter) {
		ZmqMessageHandlerMethodFactory factory = new ZmqMessageHandlerMethodFactory();
		factory.setMessageConverter(converter.getMessageConverter());
		return factory;
	}

	@Bean
	ZmqListenerContainerFactory zmqListenerContainerFactory(ZContext context, ZmqEndpointDefinitions definitions,
			ThreadPoolTaskExecutor zmqExecutor, ZmqMessageHandlerMethodFactory methodFactory,
			ZmqPayloadConverter converter) {
		ZmqListenerContainerFactory factory = new ZmqListenerContainerFactory(context, definitions, zmqExecutor,
				methodFactory, converter);
		factory.setShutdownTimeout(Duration.ofSeconds(2));
		return factory;
	}

	@Bean
	ZmqClientSockets zmqClientSockets(ZContext context, ZmqEndpointDefinitions definitions,
			ZmqEndpointRegistry registry, ThreadPoolTaskExecutor zmqExecutor, ThreadPoolTaskScheduler zmqScheduler) {
		return new ZmqClientSockets(context, definitions, registry, zmqExecutor, zmqScheduler);
	}

	@Bean
	ZmqClientProxyFactory zmqClientProxyFactory(ZmqClientSockets sockets, ZmqPayloadConverter converter,
			ConfigurableBeanFactory beanFactory) {
		return new ZmqClientProxyFactory(sockets, converter, new EmbeddedValueResolver(beanFactory));
	}

	/**
	 * Send one plain frame from a raw JeroMQ REQ socket to the first bound address of an
	 * endpoint and return the frames of the reply.
	 * @param endpoint a running ROUTER or REP listener endpoint
	 * @param body the request
	 * @return the reply's frames, as text
	 */
	static List<String> request(ZmqEndpoint endpoint, String body) {
		assertThat(endpoint.getBoundAddresses()).isNotEmpty();
		try (ZContext context = new ZContext()) {
			ZMQ.Socket socket = TestSockets.create(context, SocketType.REQ);
			socket.setReceiveTimeOut(10_000);
			socket.connect(endpoint.getBoundAddresses().get(0));
			socket.send(body);
			ZMsg reply = ZMsg.recvMsg(socket);
			assertThat(reply).as("reply from %s", endpoint.getId()).isNotNull();
			return reply.stream().map((frame) -> frame.getString(ZMQ.CHARSET)).toList();
		}
	}

}
