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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.zeromq.ZContext;

/**
 * A {@link ZContext} that owns the helpers living exactly as long as it does, such as its
 * ZAP handler (ZeroMQ has one per context), and closes them, newest first, before it
 * terminates. {@link ZmqContextFactoryBean} creates the application's one context of this
 * type.
 */
public class ZmqManagedContext extends ZContext {

	private static final Log logger = LogFactory.getLog(ZmqManagedContext.class);

	private final Map<Class<?>, AutoCloseable> helpers = new LinkedHashMap<>();

	private boolean closing;

	/**
	 * Create a context.
	 * @param ioThreads the number of ZeroMQ I/O threads
	 */
	public ZmqManagedContext(int ioThreads) {
		super(ioThreads);
	}

	/**
	 * Return this context's helper of a type, creating it on first use.
	 * @param <T> the helper type
	 * @param type the helper type, its key in this context
	 * @param factory creates the helper from this context
	 * @return the helper
	 * @throws IllegalStateException when the context is closed
	 */
	public synchronized <T extends AutoCloseable> T helper(Class<T> type, Function<ZmqManagedContext, T> factory) {
		if (this.closing) {
			throw new IllegalStateException("The ZeroMQ context is closed");
		}
		AutoCloseable helper = this.helpers.get(type);
		if (helper == null) {
			helper = factory.apply(this);
			this.helpers.put(type, helper);
		}
		return type.cast(helper);
	}

	/** Close the helpers, newest first, then terminate the context. */
	@Override
	public void close() {
		List<AutoCloseable> toClose;
		synchronized (this) {
			this.closing = true;
			toClose = new ArrayList<>(this.helpers.values());
			this.helpers.clear();
		}
		for (int i = toClose.size() - 1; i >= 0; i--) {
			try {
				toClose.get(i).close();
			}
			catch (Exception ex) {
				logger.warn("Could not close " + toClose.get(i) + " of the ZeroMQ context", ex);
			}
		}
		super.close();
	}

}
