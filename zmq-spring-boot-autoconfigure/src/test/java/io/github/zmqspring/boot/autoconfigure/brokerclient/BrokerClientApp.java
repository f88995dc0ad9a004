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

package io.github.zmqspring.boot.autoconfigure.brokerclient;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import reactor.core.publisher.Flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Clients of the services of {@code WorkerApps.EchoWorkerApp} (in a sibling package, so
 * that its scan does not find these clients), through a broker: each endpoint names its
 * service ({@code zmq.endpoints.<name>.service}), or the interface does
 * ({@code @ZmqDealerClient(service = ...)}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BrokerClientApp {

	/** The {@code echo} service. */
	@ZmqDealerClient(endpoint = "echo-service")
	public interface EchoService {

		String echo(String body);

		CompletableFuture<String> echoAsync(String body);

		void tell(String body);

	}

	/** The {@code tokens} service, streamed. */
	@ZmqDealerClient(endpoint = "token-service")
	public interface TokenService {

		Flux<String> tokens(String prompt);

	}

	/**
	 * The {@code echo} service named on the interface (a placeholder), which wins over
	 * the endpoint's {@code service} property.
	 */
	@ZmqDealerClient(endpoint = "named-service", service = "${test.named-service:echo}")
	public interface NamedService {

		CompletableFuture<String> call(String body);

	}

	/** Claims the endpoint of {@link NamedService} for another service. */
	@ZmqDealerClient(endpoint = "named-service", service = "tokens")
	public interface ClashingNamedService {

		String call(String body);

	}

	/** The {@code fail} service. */
	@ZmqDealerClient(endpoint = "fail-service")
	public interface FailService {

		String fail(String body);

	}

}
