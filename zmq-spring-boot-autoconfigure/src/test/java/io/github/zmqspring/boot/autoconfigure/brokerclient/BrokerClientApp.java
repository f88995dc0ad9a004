package io.github.zmqspring.boot.autoconfigure.brokerclient;

import java.util.concurrent.CompletableFuture;

import io.github.zmqspring.annotation.ZmqDealerClient;
import reactor.core.publisher.Flux;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * Clients of the services of {@code WorkerApps.EchoWorkerApp} (in a sibling package, so that its scan does not find these clients), through a broker: each
 * endpoint names its service ({@code zmq.endpoints.<name>.service}), or the interface does
 * ({@code @ZmqDealerClient(service = ...)}).
 *
 * @author zmq-spring-boot
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BrokerClientApp {

	/** The {@code echo} service. */
	@ZmqDealerClient(endpoint = "echo-service")
	public interface EchoService {

		String echo(String body);

		CompletableFuture<String> echoAsync(String body);

		void tell(String body);

	}

	/** The {@code tokens} service, streamed. */
	@ZmqDealerClient(endpoint = "token-service")
	public interface TokenService {

		Flux<String> tokens(String prompt);

	}

	/**
	 * The {@code echo} service named on the interface (a placeholder), which wins over the
	 * endpoint's {@code service} property.
	 */
	@ZmqDealerClient(endpoint = "named-service", service = "${test.named-service:echo}")
	public interface NamedService {

		CompletableFuture<String> call(String body);

	}

	/** Claims the endpoint of {@link NamedService} for another service. */
	@ZmqDealerClient(endpoint = "named-service", service = "tokens")
	public interface ClashingNamedService {

		String call(String body);

	}

	/** The {@code fail} service. */
	@ZmqDealerClient(endpoint = "fail-service")
	public interface FailService {

		String fail(String body);

	}

}
