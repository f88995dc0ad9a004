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

package io.github.zmqspring.listener;

import java.util.List;

/**
 * A message a listener failed to process, as it arrived (without the ROUTER routing
 * prefix), and why.
 *
 * @param endpoint the listener's endpoint
 * @param route the route the message asked for (empty: the default route or unknown)
 * @param frames the frames as received: the envelope frame, if any, and the body frames
 * (SUB: the topic frame first)
 * @param exception why processing failed
 */
public record ZmqFailedMessage(String endpoint, String route, List<byte[]> frames, Throwable exception) {

}
