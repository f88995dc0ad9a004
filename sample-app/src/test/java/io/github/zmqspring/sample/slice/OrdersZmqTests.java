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
import io.github.zmqspring.boot.test.ZmqTestReply;
import io.github.zmqspring.boot.test.autoconfigure.ZmqTest;
import io.github.zmqspring.sample.DemoRunner;
import io.github.zmqspring.sample.orders.Order;
import io.github.zmqspring.sample.orders.OrderClient;
import io.github.zmqspring.sample.orders.OrderConfirmation;
import io.github.zmqspring.sample.orders.OrderService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order listener and the order client in the {@link ZmqTest @ZmqTest} slice: only the
 * ZeroMQ parts of the sample start, on ports moved to free ones.
 */
@ZmqTest
class OrdersZmqTests {

	@Autowired
	ZmqTestClient zmq;

	@Autowired
	OrderClient orders;

	@Autowired
	ApplicationContext context;

	@Test
	void whenAnOrderIsPlacedThenTheListenerConfirmsItWithItsTotal() {
		ZmqTestReply<OrderConfirmation> reply = this.zmq.request("orders", "place",
				new Order("ZMQ-BOOK", 2, new BigDecimal("39.90")), OrderConfirmation.class);
		assertThat(reply.isOk()).isTrue();
		assertThat(reply.body().sku()).isEqualTo("ZMQ-BOOK");
		assertThat(reply.body().total()).isEqualByComparingTo("79.80");
	}

	@Test
	void whenAnOrderIsInvalidThenTheListenerAnswersWithStatus400() {
		ZmqTestReply<OrderConfirmation> reply = this.zmq.request("orders", "place",
				new Order("ZMQ-BOOK", 0, BigDecimal.ONE), OrderConfirmation.class);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).isNull();
		assertThat(reply.error()).isEqualTo("Invalid payload"); // the details stay in the
																// server's log by default
	}

	@Test
	void whenTheClientCallsThenItReachesTheListenerOnItsMovedPort() {
		assertThat(this.orders.place(new Order("MUG", 3, new BigDecimal("4.50"))).total())
			.isEqualByComparingTo("13.50");
		int configured = this.context.getEnvironment().getRequiredProperty("sample.ports.orders", Integer.class);
		assertThat(port(this.context.getEnvironment(), "orders")).isNotEqualTo(configured);
	}

	@Test
	void whenTheSliceStartsThenOnlyTheZeroMqPartsAreThere() {
		assertThat(this.context.getBeanNamesForType(OrderService.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(DemoRunner.class)).isEmpty();
		assertThat(this.context).isNotInstanceOf(WebServerApplicationContext.class);
	}

	private static int port(Environment environment, String endpoint) {
		return environment.getRequiredProperty("local.zmq." + endpoint + ".port", Integer.class);
	}

}
