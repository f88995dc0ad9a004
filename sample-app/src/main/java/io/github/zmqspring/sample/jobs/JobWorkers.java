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

package io.github.zmqspring.sample.jobs;

import io.github.zmqspring.annotation.ZmqRepListener;

import org.springframework.stereotype.Component;

/**
 * Two REP workers behind the {@code jobs} queue proxy: each connects to the proxy's
 * backend and answers one job at a time; the proxy spreads the clients' requests over
 * them.
 */
@Component
public class JobWorkers {

	@ZmqRepListener(id = "job-worker-1", connect = "tcp://${sample.host}:${sample.ports.jobs-backend}")
	public String first(String job) {
		return "job-worker-1 did " + job;
	}

	@ZmqRepListener(id = "job-worker-2", connect = "tcp://${sample.host}:${sample.ports.jobs-backend}")
	public String second(String job) {
		return "job-worker-2 did " + job;
	}

}
