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
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.zeromq.ZMsg;

/**
 * The frames of the Majordomo Protocol, MDP/0.2 (ZeroMQ RFC 18), exactly as the RFC
 * defines them. Commands carry no leading empty frame (unlike MDP/0.1); a ROUTER adds the
 * peer's routing id in front of each, which is not shown here.
 * <ul>
 * <li>client to broker: {@code ["MDPC02"][0x01 REQUEST][service][body]...}</li>
 * <li>broker to client:
 * {@code ["MDPC02"][0x02 PARTIAL | 0x03 FINAL][service][body]...}</li>
 * <li>worker to broker: {@code ["MDPW02"][0x01 READY][service]},
 * {@code ["MDPW02"][0x03 PARTIAL | 0x04 FINAL][client][""][body]...},
 * {@code ["MDPW02"][0x05 HEARTBEAT]}, {@code ["MDPW02"][0x06 DISCONNECT]}</li>
 * <li>broker to worker: {@code ["MDPW02"][0x02 REQUEST][client][""][body]...},
 * {@code ["MDPW02"][0x05 HEARTBEAT]}, {@code ["MDPW02"][0x06 DISCONNECT]}</li>
 * </ul>
 */
public final class Mdp {

	/** Protocol header of MDP/Client v0.2. */
	public static final byte[] CLIENT = "MDPC02".getBytes(StandardCharsets.US_ASCII);

	/** Protocol header of MDP/Worker v0.2. */
	public static final byte[] WORKER = "MDPW02".getBytes(StandardCharsets.US_ASCII);

	/** Client command: a request for a service. */
	public static final byte CLIENT_REQUEST = 0x01;

	/** Client command: one of several replies, more follow. */
	public static final byte CLIENT_PARTIAL = 0x02;

	/** Client command: the last reply to a request. */
	public static final byte CLIENT_FINAL = 0x03;

	/** Worker command: registers the worker for a service. */
	public static final byte READY = 0x01;

	/** Worker command: a request handed to the worker. */
	public static final byte REQUEST = 0x02;

	/** Worker command: one of several replies, more follow. */
	public static final byte PARTIAL = 0x03;

	/** Worker command: the last reply to a request. */
	public static final byte FINAL = 0x04;

	/** Worker command: the peer is alive. */
	public static final byte HEARTBEAT = 0x05;

	/** Worker command: the peer ends the conversation. */
	public static final byte DISCONNECT = 0x06;

	/** The longest service name accepted, in bytes. */
	public static final int MAX_SERVICE_LENGTH = 255;

	private static final byte[] EMPTY = new byte[0];

	private Mdp() {
	}

	/**
	 * Tell whether a frame is a one-byte command.
	 * @param frame the frame
	 * @param command the command byte
	 * @return {@code true} when the frame is exactly that command
	 */
	public static boolean isCommand(byte[] frame, byte command) {
		return frame.length == 1 && frame[0] == command;
	}

	/**
	 * Tell whether a frame is one of the two protocol headers.
	 * @param frame the frame
	 * @param header {@link #CLIENT} or {@link #WORKER}
	 * @return {@code true} when the frame equals the header
	 */
	public static boolean isHeader(byte[] frame, byte[] header) {
		return Arrays.equals(frame, header);
	}

	/**
	 * Tell whether a frame is a valid service name: 1 to 255 printable ASCII characters.
	 * @param frame the frame
	 * @return {@code true} when it is
	 */
	public static boolean isServiceName(byte[] frame) {
		if (frame.length == 0 || frame.length > MAX_SERVICE_LENGTH) {
			return false;
		}
		for (byte b : frame) {
			if (b < 0x20 || b > 0x7E) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Build a worker command without a body: {@code ["MDPW02"][command]}, optionally
	 * after a routing id.
	 * @param routingId the ROUTER routing id of the worker, or {@code null} on the
	 * worker's side
	 * @param command the command byte
	 * @return the message
	 */
	public static ZMsg workerCommand(byte @Nullable [] routingId, byte command) {
		ZMsg message = new ZMsg();
		if (routingId != null) {
			message.add(routingId);
		}
		message.add(WORKER);
		message.add(new byte[] { command });
		return message;
	}

	/**
	 * Build a worker command addressed to or from a client:
	 * {@code ["MDPW02"][command][client][""]}, to which the body frames are added.
	 * @param routingId the routing id of the worker, or {@code null} on the worker's side
	 * @param command {@link #REQUEST}, {@link #PARTIAL} or {@link #FINAL}
	 * @param client the client's routing id at the broker
	 * @return the message without body
	 */
	public static ZMsg workerEnvelope(byte @Nullable [] routingId, byte command, byte[] client) {
		ZMsg message = workerCommand(routingId, command);
		message.add(client);
		message.add(EMPTY);
		return message;
	}

	/**
	 * Build a broker-to-client command: {@code [client]["MDPC02"][command][service]}, to
	 * which the body frames are added.
	 * @param client the client's routing id
	 * @param command {@link #CLIENT_PARTIAL} or {@link #CLIENT_FINAL}
	 * @param service the service name
	 * @return the message without body
	 */
	public static ZMsg toClient(byte[] client, byte command, byte[] service) {
		ZMsg message = new ZMsg();
		message.add(client);
		message.add(CLIENT);
		message.add(new byte[] { command });
		message.add(service);
		return message;
	}

}
