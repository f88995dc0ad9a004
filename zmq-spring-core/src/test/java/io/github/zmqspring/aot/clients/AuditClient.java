package io.github.zmqspring.aot.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.zmqspring.annotation.ZmqPushClient;

/**
 * A PUSH client declared through a composed annotation, for the hints tests.
 *
 * @author zmq-spring-boot
 */
@AuditClient.Audit
public interface AuditClient {

	void record(String event);

	/**
	 * The composed annotation.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ZmqPushClient(connect = "tcp://127.0.0.1:5556")
	@interface Audit {

	}

}
