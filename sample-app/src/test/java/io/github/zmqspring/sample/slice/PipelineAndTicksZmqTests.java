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

package io.github.zmqspring.sample.slice;

import java.math.BigDecimal;

import io.github.zmqspring.boot.test.ZmqTestClient;
import io.github.zmqspring.boot.test.autoconfigure.ZmqTest;
import io.github.zmqspring.sample.pipeline.Result;
import io.github.zmqspring.sample.pipeline.Sink;
import io.github.zmqspring.sample.ticks.Tick;
import io.github.zmqspring.sample.ticks.TickBoard;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PULL and SUB listeners of the sample in the {@link ZmqTest @ZmqTest} slice, fed by
 * the {@link ZmqTestClient} and awaited through the endpoint statistics.
 */
@ZmqTest
class PipelineAndTicksZmqTests {

	@Autowired
	ZmqTestClient zmq;

	@Autowired
	Sink sink;

	@Autowired
	TickBoard board;

	@Test
	void whenResultsArePushedThenTheSinkCollectsEveryOne() {
		this.zmq.awaitProcessed("results", 3, () -> {
			for (int i = 1; i <= 3; i++) {
				this.zmq.push("results", new Result(i, "slice-test", i * i));
			}
		});
		assertThat(this.sink.results()).filteredOn((result) -> result.worker().equals("slice-test"))
			.extracting(Result::value)
			.containsExactlyInAnyOrder(1L, 4L, 9L);
	}

	@Test
	void whenTicksArePublishedThenTheBoardCountsThoseOfItsTopic() {
		long before = this.board.received().getOrDefault("EUR.USD", 0L);
		this.zmq.awaitProcessed("ticks", 2, () -> {
			this.zmq.publish("ticks", "EUR.USD", new Tick("EUR.USD", new BigDecimal("1.0850")));
			this.zmq.publish("ticks", "EUR.USD", new Tick("EUR.USD", new BigDecimal("1.0851")));
		});
		assertThat(this.board.received()).containsEntry("EUR.USD", before + 2).doesNotContainKey("USD.JPY");
	}

}
