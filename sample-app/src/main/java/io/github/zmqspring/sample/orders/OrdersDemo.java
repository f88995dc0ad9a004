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

package io.github.zmqspring.sample.orders;

import java.math.BigDecimal;
import java.util.function.Consumer;

import io.github.zmqspring.client.ZmqRemoteException;
import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Places a few orders at startup and logs what came back, so whoever started the sample
 * sees request/reply work.
 *
 * @param orders the client of the order service
 */
@Component
public record OrdersDemo(OrderClient orders) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		OrderConfirmation confirmation = this.orders.place(new Order("ZMQ-BOOK", 2, new BigDecimal("39.90")));
		report.accept("ROUTER/DEALER request/reply (JSON): placed " + confirmation.sku() + " as "
				+ confirmation.orderId() + ", total " + confirmation.total());
		try {
			this.orders.place(new Order("ZMQ-BOOK", 0, BigDecimal.ONE));
		}
		catch (ZmqRemoteException ex) {
			report
				.accept("ROUTER/DEALER invalid order refused: status " + ex.getStatus() + ", " + ex.getRemoteMessage());
		}
	}

}
