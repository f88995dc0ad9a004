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

package io.github.zmqspring.sample.accounts;

import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Asks the CURVE-secured account service for a balance at startup and logs it.
 *
 * @param accounts the client of the account service
 */
@Component
public record AccountsDemo(AccountsClient accounts) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		Balance balance = this.accounts.balance("ACC-1");
		report.accept("CURVE-secured ROUTER/DEALER (authenticated, encrypted): balance of " + balance.account() + " is "
				+ balance.amount());
	}

}
