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

package io.github.zmqspring.benchmarks.apps.rpcserver;

import io.github.zmqspring.annotation.ZmqRouterListener;
import io.github.zmqspring.benchmarks.apps.Payloads;
import io.github.zmqspring.benchmarks.apps.Tick;
import io.github.zmqspring.benchmarks.apps.ObservedConfiguration;
import io.github.zmqspring.benchmarks.proto.ProtoTick;
import reactor.core.publisher.Flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The server of the request/reply benchmarks: echoes on the ROUTER endpoint {@code rpc}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ObservedConfiguration.class)
public class RpcServerApp {

	@Bean
	EchoListeners echoListeners() {
		return new EchoListeners();
	}

	/**
	 * One route per payload kind, and a stream.
	 */
	static class EchoListeners {

		@ZmqRouterListener(endpoint = "rpc", route = "bytes")
		byte[] bytes(byte[] body) {
			return body;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "json")
		Tick json(Tick tick) {
			return tick;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "protobuf")
		ProtoTick protobuf(ProtoTick tick) {
			return tick;
		}

		@ZmqRouterListener(endpoint = "rpc", route = "stream")
		Flux<byte[]> stream(Integer count) {
			return Flux.range(0, count).map((i) -> Payloads.BYTES);
		}

	}

}
