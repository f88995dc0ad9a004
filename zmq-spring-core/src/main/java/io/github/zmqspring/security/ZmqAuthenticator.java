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

package io.github.zmqspring.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqEndpointStatistics;
import io.github.zmqspring.core.ZmqException;
import io.github.zmqspring.core.ZmqManagedContext;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.core.ZmqSocketOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZFrame;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * The ZAP handler (ZeroMQ RFC 27) of one {@link ZContext}: every CURVE, PLAIN or filtered
 * handshake of the context's sockets is checked here, against the {@link ZmqSecurity}
 * that the endpoint registered under its ZAP domain. A refused handshake is counted on
 * the endpoint ({@code zmq.auth.failures}) and logged with the peer's address, never with
 * its key or password.
 * <p>
 * ZeroMQ has one ZAP endpoint per context, {@value #ZAP_ENDPOINT}, so there is one
 * authenticator per context. It is a ROUTER socket on a {@link ZmqSocketLoop} of its own
 * (thread {@code zmq-zap-io}), started by the first endpoint that authenticates (before
 * that endpoint binds, so that no handshake goes unchecked), owned by its
 * {@link ZmqManagedContext} and stopped by it before it terminates. A handshake for a
 * domain nobody registered is refused, except with the NULL mechanism.
 */
public final class ZmqAuthenticator implements AutoCloseable {

	/** The address every ZeroMQ context sends its ZAP requests to. */
	public static final String ZAP_ENDPOINT = "inproc://zeromq.zap.01";

	private static final Log logger = LogFactory.getLog(ZmqAuthenticator.class);

	private static final byte[] VERSION = "1.0".getBytes(StandardCharsets.US_ASCII);

	private final Map<String, Registration> domains = new ConcurrentHashMap<>();

	private final ZmqSocketLoop loop;

	private ZmqAuthenticator(ZContext context) {
		ZmqEndpointDefinition definition = ZmqEndpointDefinition.builder("zap")
			.type(SocketType.ROUTER)
			.bind(List.of(ZAP_ENDPOINT))
			.options(ZmqSocketOptions.builder().linger(Duration.ZERO).build())
			.build();
		this.loop = new ZmqSocketLoop(context, definition, ZmqEndpointRole.LISTENER, List.of(), this::onRequest, 1);
		this.loop.setShutdownTimeout(Duration.ofSeconds(1));
	}

	/**
	 * Return the ZAP handler of a context, starting it if the context has none yet. The
	 * context owns it and stops it, bounded and without interrupting, before it
	 * terminates.
	 * @param context the context, which must be a {@link ZmqManagedContext}
	 * @return its authenticator
	 * @throws ZmqException when the context is not a {@code ZmqManagedContext}, or the
	 * handler cannot start, for example because something else already handles ZAP in
	 * this context
	 */
	public static ZmqAuthenticator of(ZContext context) {
		if (!(context instanceof ZmqManagedContext managed)) {
			throw new ZmqException("CURVE, PLAIN and address filters need a ZmqManagedContext (as "
					+ "ZmqContextFactoryBean creates), which owns the ZAP handler; got "
					+ context.getClass().getName());
		}
		return managed.helper(ZmqAuthenticator.class, ZmqAuthenticator::start);
	}

	private static ZmqAuthenticator start(ZContext context) {
		ZmqAuthenticator authenticator = new ZmqAuthenticator(context);
		authenticator.loop.start();
		logger.debug("Started the ZAP handler of " + context);
		return authenticator;
	}

	/**
	 * Stop the handler; bounded, never interrupts. Its context calls it before
	 * terminating.
	 */
	@Override
	public void close() {
		this.loop.stop();
	}

	/**
	 * Check the handshakes of a ZAP domain against a security from now on.
	 * @param domain the ZAP domain (the endpoint name)
	 * @param security the checks
	 * @param statistics where refused handshakes are counted
	 */
	public void register(String domain, ZmqSecurity security, ZmqEndpointStatistics statistics) {
		this.domains.put(domain, new Registration(security, statistics));
	}

	/** Runs on the ZAP thread; a check is quick, so it replies at once. */
	private void onRequest(ZMsg request, Runnable done) {
		try {
			// [routing id][empty delimiter][ZAP request]: the reply goes back behind the
			// same two
			ZFrame routingId = request.pop();
			ZFrame delimiter = request.pop();
			ZMsg reply = reply(request);
			reply.push(delimiter);
			reply.push(routingId);
			this.loop.send(reply);
		}
		finally {
			request.destroy();
			done.run();
		}
	}

	private ZMsg reply(ZMsg request) {
		List<byte[]> frames = new ArrayList<>();
		for (ZFrame frame : request) {
			frames.add(frame.getData());
		}
		if (frames.size() < 6) {
			return reply(new byte[0], "500", "malformed ZAP request", "");
		}
		byte[] requestId = frames.get(1);
		String domain = text(frames.get(2));
		String address = text(frames.get(3));
		ZmqMechanism mechanism;
		try {
			mechanism = ZmqMechanism.ofZapName(text(frames.get(5)));
		}
		catch (IllegalArgumentException ex) {
			return reply(requestId, "400", "unsupported mechanism", "");
		}
		List<byte[]> credentials = frames.subList(6, frames.size());
		Registration registration = this.domains.get(domain);
		String refusal = (registration != null) ? registration.security().refusal(address, mechanism, credentials)
				: (mechanism != ZmqMechanism.NONE) ? "no endpoint registered ZAP domain '" + domain + "'" : null;
		if (refusal != null) {
			String detail = "refused a " + mechanism + " handshake from " + address + ": " + refusal;
			if (registration != null) {
				registration.statistics().authenticationFailed(mechanism.tagValue(), detail);
			}
			else {
				logger.warn("ZAP " + detail);
			}
			return reply(requestId, "400", refusal, "");
		}
		return reply(requestId, "200", "OK", userId(mechanism, credentials));
	}

	private static String userId(ZmqMechanism mechanism, List<byte[]> credentials) {
		return switch (mechanism) {
			case PLAIN -> text(credentials.get(0));
			case CURVE -> ZMQ.Curve.z85Encode(credentials.get(0));
			case NONE -> "";
		};
	}

	private static ZMsg reply(byte[] requestId, String status, String text, String userId) {
		ZMsg reply = new ZMsg();
		reply.add(VERSION);
		reply.add(requestId);
		reply.add(status);
		reply.add(text);
		reply.add(userId);
		reply.add(new byte[0]);
		return reply;
	}

	private static String text(byte[] frame) {
		return new String(frame, StandardCharsets.UTF_8);
	}

	private record Registration(ZmqSecurity security, ZmqEndpointStatistics statistics) {
	}

}
