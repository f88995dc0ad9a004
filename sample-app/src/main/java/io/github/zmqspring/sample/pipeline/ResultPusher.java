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

package io.github.zmqspring.sample.pipeline;

import io.github.zmqspring.annotation.ZmqPushClient;

/**
 * Sends results to the sink on the PUSH endpoint {@code results-push}.
 */
@ZmqPushClient(endpoint = "results-push")
public interface ResultPusher {

	void push(Result result);

}
