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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Demo} once the sample has started and logs one {@code [demo]} line
 * per result, so whoever started the sample sees each pattern work within seconds; the
 * lines are also kept for the sample's test. Off with {@code --zmq.demo.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class DemoRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoRunner.class);

	private final List<Demo> demos;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	public DemoRunner(List<Demo> demos) {
		this.demos = demos;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		for (Demo demo : this.demos) {
			demo.run(this::report);
		}
	}

	private void report(String line) {
		this.lines.add(line);
		logger.info("[demo] " + line);
	}

	/**
	 * @return the lines reported so far
	 */
	public List<String> lines() {
		return List.copyOf(this.lines);
	}

}
