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

package io.github.zmqspring.listener;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.protocol.ZmqReplyMode;
import io.github.zmqspring.protocol.ZmqStatus;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.messaging.Message;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.InvocableHandlerMethod;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;
import org.springframework.util.InvalidMimeTypeException;

/**
 * Invokes the listener methods of one socket, the same way for both dispatchers: the
 * {@code zmq.listener} observation around the call, the report of a direct invocation
 * that held the socket thread too long, what a failure is (the peer's bad input or the
 * method's error), and what becomes of a failed message before the dispatcher's default
 * (the route's error handler, then the dead-letter endpoint). What becomes of a result,
 * replies or none, is the dispatcher's. Allocates nothing per message beyond the
 * observation, and only when observed.
 */
final class ListenerInvoker {

	private final String endpoint;

	private final long directWarnNanos;

	private final ListenerObservations observations;

	private final ListenerFailures failures;

	/**
	 * Create an invoker.
	 * @param endpoint the endpoint name
	 * @param directWarnThreshold how long a direct invocation may take before it is
	 * reported, or {@code null} when the methods run on the executor
	 * @param observations observes the methods
	 * @param failures handles the messages the methods failed to process
	 */
	ListenerInvoker(String endpoint, @Nullable Duration directWarnThreshold, ListenerObservations observations,
			ListenerFailures failures) {
		this.endpoint = endpoint;
		this.directWarnNanos = (directWarnThreshold != null) ? directWarnThreshold.toNanos() : 0;
		this.observations = observations;
		this.failures = failures;
	}

	/**
	 * @return the endpoint name
	 */
	String endpoint() {
		return this.endpoint;
	}

	/**
	 * Start the observation of a message a listener method is about to process.
	 * @param loop the socket loop the message came from
	 * @param routeKey the route or topic of the method
	 * @param message the message
	 * @return the started observation (a no-op one when not observed)
	 */
	Observation observe(ZmqSocketLoop loop, String routeKey, Message<?> message) {
		return this.observations.start(this.endpoint, loop.getSocketType(), routeKey, message);
	}

	/**
	 * Invoke a listener method in the scope of its observation; with direct dispatch,
	 * count and log an invocation that held the socket thread longer than the threshold.
	 * @param loop the socket loop the message came from
	 * @param route the method serving the message
	 * @param routeKey the route or topic it serves
	 * @param message the message
	 * @param observation the message's observation
	 * @return what the method returned
	 * @throws Exception what the method or its argument resolution threw
	 */
	@Nullable Object invoke(ZmqSocketLoop loop, Route route, String routeKey, Message<?> message, Observation observation)
			throws Exception {
		try (Observation.Scope scope = observation.openScope()) {
			if (this.directWarnNanos == 0) {
				return route.method().invoke(message);
			}
			long start = System.nanoTime();
			try {
				return route.method().invoke(message);
			}
			finally {
				long took = System.nanoTime() - start;
				if (took > this.directWarnNanos) {
					reportSlow(loop, route.method().getMethod(), routeKey, took);
				}
			}
		}
	}

	private void reportSlow(ZmqSocketLoop loop, Method method, String routeKey, long tookNanos) {
		loop.getStatistics()
			.slowDirect(routeKey, "listener method " + method.getDeclaringClass().getSimpleName() + "."
					+ method.getName() + " (route '" + routeKey + "') held the socket thread for "
					+ TimeUnit.NANOSECONDS.toMillis(tookNanos) + " ms with direct dispatch (threshold "
					+ TimeUnit.NANOSECONDS.toMillis(this.directWarnNanos) + " ms): the endpoint read and sent nothing "
					+ "meanwhile; a method that blocks needs executor dispatch");
	}

	/**
	 * Whether a failure is handled by more than the dispatcher's default: the route's
	 * error handler or the dead-letter endpoint, which need the message's frames.
	 * @param errorHandler the route's error handler, or {@code null}
	 * @return whether {@link #settle} may settle a failure
	 */
	boolean handlesFailures(@Nullable ZmqListenerErrorHandler errorHandler) {
		return this.failures.handles(errorHandler);
	}

	/**
	 * A message failed: let the route's error handler and the dead-letter endpoint have
	 * their say. When neither is configured the failure stays as it is, unsettled.
	 * @param loop the socket loop the message came from
	 * @param routeKey the route or topic of the message
	 * @param frames the frames of the message as received (after any routing prefix)
	 * @param errorHandler the route's error handler, or {@code null}
	 * @param ex the failure, {@link #unwrap unwrapped}
	 * @return what became of it
	 */
	ListenerFailures.Outcome settle(ZmqSocketLoop loop, String routeKey, List<byte[]> frames,
			@Nullable ZmqListenerErrorHandler errorHandler, Throwable ex) {
		if (!this.failures.handles(errorHandler)) {
			return new ListenerFailures.Outcome(null, ex, false);
		}
		return this.failures.handle(new ZmqFailedMessage(this.endpoint, routeKey, frames, ex), errorHandler,
				loop.getStatistics());
	}

	/**
	 * The failure of an asynchronous result, without the {@link CompletionException} that
	 * wraps it.
	 * @param ex what the future completed with
	 * @return the failure
	 */
	static Throwable unwrap(Throwable ex) {
		return (ex instanceof CompletionException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	/**
	 * Whether a failure is the peer's: its payload could not be read or is not valid, or
	 * its content type is not a MIME type.
	 * @param ex the failure
	 * @return {@code true} for bad input, {@code false} for a failure of the method
	 */
	static boolean isBadInput(Throwable ex) {
		return ex instanceof MessageConversionException || ex instanceof MethodArgumentResolutionException
				|| ex instanceof InvalidMimeTypeException;
	}

	/**
	 * The status of a failure: {@link ZmqStatus#BAD_REQUEST 400} for {@link #isBadInput
	 * bad input}, {@link ZmqStatus#INTERNAL_ERROR 500} otherwise.
	 * @param ex the failure
	 * @return the status
	 */
	static int status(Throwable ex) {
		return isBadInput(ex) ? ZmqStatus.BAD_REQUEST : ZmqStatus.INTERNAL_ERROR;
	}

	/**
	 * A method serving one route (or topic) of the socket, with its reply mode.
	 *
	 * @param method the invocable method
	 * @param mode how its result becomes replies
	 * @param acceptsFrames whether it takes the body frames ({@code ZMsg} or
	 * {@code List<byte[]>}) and so accepts several of them
	 * @param errorHandler handles the messages the method failed to process, or
	 * {@code null}
	 */
	record Route(InvocableHandlerMethod method, ZmqReplyMode mode, boolean acceptsFrames,
			@Nullable ZmqListenerErrorHandler errorHandler) {
	}

}
