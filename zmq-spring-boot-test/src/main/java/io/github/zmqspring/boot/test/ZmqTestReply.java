package io.github.zmqspring.boot.test;

import io.github.zmqspring.protocol.ZmqStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a listener answered a {@link ZmqTestClient#request request}: the decoded reply with
 * status {@link ZmqStatus#OK 200}, or the error status and message it sent instead.
 *
 * @param <T> the reply type
 * @param status the status: 200, or the error's (400, 404, 415, 500, ...)
 * @param body the decoded reply, {@code null} for an error or an empty acknowledgement
 * @param error the error message, {@code null} on success
 * @author zmq-spring-boot
 */
public record ZmqTestReply<T>(int status, @Nullable T body, @Nullable String error) {

	/** @return whether the listener answered with status 200 */
	public boolean isOk() {
		return this.status == ZmqStatus.OK;
	}

}
