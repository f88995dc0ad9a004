package io.github.zmqspring.sample.accounts;

import java.util.function.Consumer;

import io.github.zmqspring.sample.Demo;

import org.springframework.stereotype.Component;

/**
 * Asks the CURVE-secured account service for a balance at startup and logs it.
 *
 * @param accounts the client of the account service
 * @author zmq-spring-boot
 */
@Component
public record AccountsDemo(AccountsClient accounts) implements Demo {

	@Override
	public void run(Consumer<String> report) {
		Balance balance = this.accounts.balance("ACC-1");
		report.accept("CURVE-secured ROUTER/DEALER (authenticated, encrypted): balance of " + balance.account()
				+ " is " + balance.amount());
	}

}
