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

package io.github.zmqspring.aot.clients;

import java.util.concurrent.CompletableFuture;

import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Flux;

/**
 * A DEALER client with Protobuf and record payloads, for the hints tests.
 */
@ZmqDealerClient(connect = "tcp://127.0.0.1:5555")
public interface TimeClient {

	@ZmqRoute("now")
	CompletableFuture<Timestamp> now(StringValue zone);

	@ZmqRoute("log")
	Flux<LogLine> log(String source);

	/**
	 * A JSON reply type.
	 *
	 * @param text the line
	 * @param level its level
	 */
	record LogLine(String text, String level) {
	}

}
