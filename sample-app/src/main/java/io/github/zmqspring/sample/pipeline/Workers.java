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

import io.github.zmqspring.annotation.ZmqPullListener;

import org.springframework.stereotype.Component;

/**
 * Two workers, each its own PULL socket connected to the ventilator, passing their
 * results on to the sink.
 */
@Component
public class Workers {

	private final ResultPusher results;

	public Workers(ResultPusher results) {
		this.results = results;
	}

	@ZmqPullListener(id = "worker-1", connect = "tcp://${sample.host}:${sample.ports.tasks}")
	public void first(Task task) {
		work("worker-1", task);
	}

	@ZmqPullListener(id = "worker-2", connect = "tcp://${sample.host}:${sample.ports.tasks}")
	public void second(Task task) {
		work("worker-2", task);
	}

	private void work(String worker, Task task) {
		this.results.push(new Result(task.id(), worker, task.input() * task.input()));
	}

}
