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

import java.math.BigDecimal;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.stereotype.Component;

/**
 * Serves account balances on the {@code accounts} endpoint, which is CURVE-secured in
 * {@code application.yml}: only clients holding an authorized key get through, and every
 * byte on the wire is encrypted. The method itself knows nothing of it.
 */
@Component
public class AccountService {

	@ZmqRouterListener(endpoint = "accounts", route = "balance")
	public Balance balance(String account) {
		return new Balance(account, new BigDecimal("1234.56"));
	}

}
