package io.github.zmqspring.aot.clients;

import java.util.concurrent.CompletableFuture;

import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import io.github.zmqspring.annotation.ZmqDealerClient;
import io.github.zmqspring.annotation.ZmqRoute;
import reactor.core.publisher.Flux;

/**
 * A DEALER client with Protobuf and record payloads, for the hints tests.
 *
 * @author zmq-spring-boot
 */
@ZmqDealerClient(connect = "tcp://127.0.0.1:5555")
public interface TimeClient {

	@ZmqRoute("now")
	CompletableFuture<Timestamp> now(StringValue zone);

	@ZmqRoute("log")
	Flux<LogLine> log(String source);

	/**
	 * A JSON reply type.
	 * @param text the line
	 * @param level its level
	 */
	record LogLine(String text, String level) {
	}

}
