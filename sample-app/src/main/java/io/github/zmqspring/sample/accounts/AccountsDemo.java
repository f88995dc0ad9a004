package io.github.zmqspring.sample.accounts;

import io.github.zmqspring.sample.DemoLog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Asks the CURVE-secured account service for a balance at startup and logs it.
 *
 * @author zmq-spring-boot
 */
@Component
@ConditionalOnBooleanProperty(name = "zmq.demo.enabled", matchIfMissing = true)
public class AccountsDemo implements ApplicationRunner {

	private final AccountsClient accounts;

	private final DemoLog log;

	public AccountsDemo(AccountsClient accounts, DemoLog log) {
		this.accounts = accounts;
		this.log = log;
	}

	@Override
	public void run(ApplicationArguments args) {
		Balance balance = this.accounts.balance("ACC-1");
		this.log.report("CURVE-secured ROUTER/DEALER (authenticated, encrypted): balance of " + balance.account()
				+ " is " + balance.amount());
	}

}
