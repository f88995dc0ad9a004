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

package io.github.zmqspring.broker;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.zmqspring.protocol.ZmqEnvelope;
import io.github.zmqspring.protocol.ZmqEnvelopeCodec;
import io.github.zmqspring.protocol.ZmqProtocolException;
import org.zeromq.ZMsg;

/**
 * A client request held by a broker: who sent it, for which service, its body frames and
 * until when it may wait for a worker. Lives on the broker's thread only.
 */
final class BrokerRequest {

	final byte[] client;

	final byte[] service;

	final List<byte[]> body;

	final long deadline;

	BrokerRequest(byte[] client, byte[] service, List<byte[]> body, long deadline) {
		this.client = client;
		this.service = service;
		this.body = body;
		this.deadline = deadline;
	}

	/**
	 * Build the REQUEST command handing this request to a worker.
	 * @param worker the worker's routing id
	 * @return the message
	 */
	ZMsg toWorker(byte[] worker) {
		ZMsg message = Mdp.workerEnvelope(worker, Mdp.REQUEST, this.client);
		this.body.forEach(message::add);
		return message;
	}

	/**
	 * Build the FINAL reply telling the client its request failed: an ERROR envelope with
	 * the status and a UTF-8 text frame when the request carried the starter's envelope,
	 * else one {@code "ERROR <status>: <text>"} frame, as a plain listener answers plain
	 * peers.
	 * @param status the status code
	 * @param text what went wrong
	 * @return the message
	 */
	ZMsg error(int status, String text) {
		ZMsg message = Mdp.toClient(this.client, Mdp.CLIENT_FINAL, this.service);
		byte[] first = this.body.get(0);
		if (ZmqEnvelopeCodec.isEnvelope(first)) {
			long correlationId;
			try {
				correlationId = ZmqEnvelopeCodec.decode(first).correlationId();
			}
			catch (ZmqProtocolException ex) {
				correlationId = 0;
			}
			message.add(ZmqEnvelopeCodec.encode(ZmqEnvelope.error(correlationId, status)));
			message.add(text.getBytes(StandardCharsets.UTF_8));
		}
		else {
			message.add(("ERROR " + status + ": " + text).getBytes(StandardCharsets.UTF_8));
		}
		return message;
	}

}
