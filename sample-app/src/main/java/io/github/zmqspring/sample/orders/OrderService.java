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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.zmqspring.annotation.ZmqRouterListener;
import jakarta.validation.Valid;

import org.springframework.stereotype.Component;

/**
 * Serves order placement over ROUTER: JSON in, JSON out, many orders processed at once;
 * an invalid order is answered with status 400 naming the field.
 */
@Component
public class OrderService {

	private final AtomicLong sequence = new AtomicLong(1000);

	@ZmqRouterListener(endpoint = "orders", route = "place")
	public OrderConfirmation place(@Valid Order order) {
		BigDecimal total = order.limitPrice().multiply(BigDecimal.valueOf(order.quantity()));
		return new OrderConfirmation("ord-" + this.sequence.incrementAndGet(), order.sku(), total, Instant.now());
	}

}
