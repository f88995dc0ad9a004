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

package io.github.zmqspring.sample;

import java.util.function.Consumer;

/**
 * A demonstration of one pattern, run at startup by the {@link DemoRunner}: it exercises
 * the pattern against the running service and reports what it saw.
 */
@FunctionalInterface
public interface Demo {

	/**
	 * Exercise the pattern.
	 * @param report takes one line per result
	 * @throws Exception when the demonstration fails
	 */
	void run(Consumer<String> report) throws Exception;

}
