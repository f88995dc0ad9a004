package io.github.zmqspring.sample.accounts;

import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;

/**
 * The client of the CURVE-secured account service; its keys are in {@code application.yml}.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(endpoint = "accounts-client")
public interface AccountsClient {

	@ZmqRoute("balance")
	Balance balance(String account);

}
