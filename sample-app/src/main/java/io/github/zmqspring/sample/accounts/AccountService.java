package io.github.zmqspring.sample.accounts;

import java.math.BigDecimal;

import io.github.zmqspring.annotation.ZmqRouterListener;

import org.springframework.stereotype.Component;

/**
 * Serves account balances on the {@code accounts} endpoint, which is CURVE-secured in
 * {@code application.yml}: only clients holding an authorized key get through, and every
 * byte on the wire is encrypted. The method itself knows nothing of it.
 *
 * @author zmq-spring-boot
 */
@Component
public class AccountService {

	@ZmqRouterListener(endpoint = "accounts", route = "balance")
	public Balance balance(String account) {
		return new Balance(account, new BigDecimal("1234.56"));
	}

}
