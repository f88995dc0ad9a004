package io.github.zmqspring.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.zmqspring.convert.ZmqPayload;
import io.github.zmqspring.core.ZmqEndpointDefinition;
import io.github.zmqspring.core.ZmqEndpointRole;
import io.github.zmqspring.core.ZmqSocketCustomizer;
import io.github.zmqspring.core.ZmqSocketLoop;
import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;
import org.zeromq.ZMsg;

/**
 * Sends one-way messages over one PUB, PUSH or PAIR socket: {@code [topic][envelope][body]}
 * when publishing, {@code [envelope][body]} otherwise. Callers on any thread; the socket
 * belongs to its loop.
 *
 * @author zmq-spring-boot
 */
public final class ZmqMessageSender {

	private final ZmqSocketLoop loop;

	/**
	 * Create a sender; its socket opens when the registry starts it.
	 * @param context the ZeroMQ context
	 * @param definition the endpoint, with its socket type (PUB, PUSH or PAIR) set
	 * @param customizers socket customizers
	 */
	public ZmqMessageSender(ZContext context, ZmqEndpointDefinition definition, List<ZmqSocketCustomizer> customizers) {
		this.loop = new ZmqSocketLoop(context, definition, ZmqEndpointRole.CLIENT, customizers, null, 1);
	}

	/** @return the socket loop, to register with the endpoint registry */
	public ZmqSocketLoop getEndpoint() {
		return this.loop;
	}

	/**
	 * Send a message.
	 * @param topic the topic to publish on (PUB), or {@code null}
	 * @param payload the serialized payload
	 * @param headers user headers for the envelope
	 */
	public void send(@Nullable String topic, ZmqPayload payload, Map<String, String> headers) {
		ZMsg message = new ZMsg();
		if (topic != null) {
			message.add(topic.getBytes(StandardCharsets.UTF_8));
		}
		message.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.message("", payload.contentType(), headers)));
		message.add(payload.bytes());
		this.loop.send(message);
	}

}
