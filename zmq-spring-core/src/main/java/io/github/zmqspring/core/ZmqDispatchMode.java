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

package io.github.zmqspring.core;

/**
 * Where an endpoint's handlers run: on an executor (the default), or directly on the
 * socket's own thread. On a client endpoint the mode chooses where replies complete their
 * futures and run their callbacks.
 */
public enum ZmqDispatchMode {

	/**
	 * Handlers run on the listener executor, at most the listener's concurrency at once;
	 * client replies complete on the callback executor. Handlers may block.
	 */
	EXECUTOR,

	/**
	 * Handlers run on the socket's own thread, one after the other, as they are read;
	 * client replies complete (and their callbacks run) there too. Saves two thread
	 * hand-offs per message, but a handler that blocks stalls the whole endpoint: for
	 * code that computes and returns, or returns a future that completes elsewhere.
	 */
	DIRECT

}
