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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.zeromq.ZContext;

/**
 * Test support: one ZeroMQ context for a test class, and the socket loops its tests
 * {@link #add(ZmqSocketLoop) made}, stopped after each test, the last made first; the
 * context is closed after the class. Register it in a static field with
 * {@code @RegisterExtension}.
 */
final class SocketLoops implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private final List<ZmqSocketLoop> loops = new ArrayList<>();

	private ZContext context;

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		this.context = new ZContext(1);
	}

	/**
	 * @return the context, for the loops and the raw peer sockets
	 */
	ZContext context() {
		return this.context;
	}

	/**
	 * Stop a loop after the test; it gets a shutdown timeout of one second.
	 * @param loop the loop, not started yet
	 * @return the loop
	 */
	ZmqSocketLoop add(ZmqSocketLoop loop) {
		loop.setShutdownTimeout(Duration.ofSeconds(1));
		this.loops.add(loop);
		return loop;
	}

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		for (int i = this.loops.size() - 1; i >= 0; i--) {
			this.loops.get(i).stop();
		}
		this.loops.clear();
	}

	@Override
	public void afterAll(ExtensionContext extensionContext) {
		this.context.close();
	}

}
