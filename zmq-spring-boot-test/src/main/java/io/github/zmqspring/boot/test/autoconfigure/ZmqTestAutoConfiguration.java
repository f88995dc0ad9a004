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

package io.github.zmqspring.boot.test.autoconfigure;

import io.github.zmqspring.boot.autoconfigure.ZmqAutoConfiguration;
import io.github.zmqspring.boot.test.ZmqTestClient;
import io.github.zmqspring.client.ZmqClientSockets;
import io.github.zmqspring.client.ZmqOperations;
import io.github.zmqspring.convert.ZmqPayloadConverter;
import io.github.zmqspring.core.ZmqEndpointRegistry;
import org.zeromq.ZContext;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * What {@link ZmqTest @ZmqTest} adds to the ZeroMQ auto-configuration: free ports for the
 * endpoints and a {@link ZmqTestClient}.
 */
@AutoConfiguration(after = ZmqAutoConfiguration.class)
public final class ZmqTestAutoConfiguration {

	@Bean
	static ZmqTestPorts zmqTestPorts() {
		return new ZmqTestPorts();
	}

	@Bean
	@ConditionalOnMissingBean
	ZmqTestClient zmqTestClient(ZContext context, ZmqEndpointRegistry registry, ZmqClientSockets endpoints,
			ZmqOperations operations, ZmqPayloadConverter converter) {
		return new ZmqTestClient(context, registry, endpoints, operations, converter);
	}

}
