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

package io.github.zmqspring.sample.render;

import io.github.zmqspring.annotation.ZmqWorker;

import org.springframework.stereotype.Component;

/**
 * Two Majordomo workers of the {@code render} service behind the sample's broker: one
 * takes 1 s per job, the other 5 ms. The broker gives a job only to a worker that is
 * ready, so the fast one does nearly all of them.
 */
@Component
public class RenderWorkers {

	@ZmqWorker(id = "render-slow", service = "render", broker = "tcp://${sample.host}:${sample.ports.broker}")
	public String slow(String job) throws InterruptedException {
		Thread.sleep(1000);
		return "slow-worker";
	}

	@ZmqWorker(id = "render-fast", service = "render", broker = "tcp://${sample.host}:${sample.ports.broker}")
	public String fast(String job) throws InterruptedException {
		Thread.sleep(5);
		return "fast-worker";
	}

}
