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

package io.github.zmqspring.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Encodes and decodes the envelope header frame, version 1. All integers are big-endian:
 * <pre>
 * offset 0  u8   0xFF  signature byte 1
 *        1  u8   0x5A  signature byte 2 ('Z')
 *        2  u8   version = 1
 *        3  u8   kind (see {@link ZmqMessageKind#code()})
 *        4  u64  correlation id
 *       12  u16  status
 *       14  u8   route length R, then R bytes UTF-8
 *          u8   content-type length C, then C bytes UTF-8 (0 = not stated)
 *          u8   header count H, then H times: u8 key length K (1..255), K bytes UTF-8,
 *               u16 value length V, V bytes UTF-8
 * </pre> The frame ends exactly after the last header. The full specification, with the
 * frames of every exchange, is {@code docs/protocol.md}.
 * <p>
 * Strings are encoded like {@link String#getBytes(java.nio.charset.Charset)} with UTF-8
 * (an unpaired surrogate becomes {@code '?'}). Decoding is lenient about UTF-8: malformed
 * sequences become U+FFFD, as
 * {@link String#String(byte[], int, int, java.nio.charset.Charset)} does; structural
 * errors are strict and raise {@link ZmqProtocolException}.
 * <p>
 * All methods are thread-safe and allocate only the result.
 */
public final class ZmqEnvelopeCodec {

	/** The envelope version this codec reads and writes (byte 2 of the frame). */
	public static final int VERSION = 1;

	/** The length of the smallest envelope: fixed part plus three zero length bytes. */
	public static final int MIN_LENGTH = 17;

	/** The maximum length of the route, in UTF-8 bytes. */
	public static final int MAX_ROUTE_LENGTH = 255;

	/** The maximum length of the content type, in bytes. */
	public static final int MAX_CONTENT_TYPE_LENGTH = 255;

	/** The maximum number of user headers. */
	public static final int MAX_HEADERS = 255;

	/** The maximum length of a header key, in UTF-8 bytes (keys are never empty). */
	public static final int MAX_HEADER_KEY_LENGTH = 255;

	/** The maximum length of a header value, in UTF-8 bytes. */
	public static final int MAX_HEADER_VALUE_LENGTH = 65535;

	private static final byte SIGNATURE_0 = (byte) 0xFF;

	private static final byte SIGNATURE_1 = (byte) 0x5A;

	/** Offset of the route length byte: everything before it has a fixed size. */
	private static final int ROUTE_OFFSET = 14;

	/** The smallest encoded header: key length, one key byte, two value length bytes. */
	private static final int MIN_HEADER_LENGTH = 4;

	private ZmqEnvelopeCodec() {
	}

	/**
	 * Tell whether a frame is an envelope header frame, by its signature only: at least 3
	 * bytes starting with {@code 0xFF 0x5A}. A frame that passes must then decode, or it
	 * is malformed. A UTF-8 text or protobuf body never starts with {@code 0xFF}.
	 * @param frame a received frame
	 * @return {@code true} if the frame carries the envelope signature
	 */
	public static boolean isEnvelope(byte[] frame) {
		return frame.length >= 3 && frame[0] == SIGNATURE_0 && frame[1] == SIGNATURE_1;
	}

	/**
	 * Encode an envelope into a new header frame of exactly the right size.
	 * @param envelope the envelope to encode
	 * @return the header frame
	 * @throws IllegalArgumentException if a field does not fit the format: status outside
	 * 0..65535, route or content type longer than 255 bytes, more than 255 headers, an
	 * empty or longer than 255 bytes header key, a header value longer than 65535 bytes
	 */
	public static byte[] encode(ZmqEnvelope envelope) {
		if (envelope == null) {
			throw new IllegalArgumentException("'envelope' must not be null");
		}
		int status = envelope.status();
		if (status < 0 || status > 0xFFFF) {
			throw new IllegalArgumentException("status " + status + " does not fit in an unsigned 16-bit field");
		}
		String route = envelope.route();
		String contentType = envelope.contentType();
		Map<String, String> headers = envelope.headers();
		if (headers.size() > MAX_HEADERS) {
			throw new IllegalArgumentException(headers.size() + " headers are more than the maximum of " + MAX_HEADERS);
		}
		int size = MIN_LENGTH + checkedLength(route, MAX_ROUTE_LENGTH, "route", null);
		if (contentType != null) {
			size += checkedLength(contentType, MAX_CONTENT_TYPE_LENGTH, "content type", null);
		}
		for (Map.Entry<String, String> header : headers.entrySet()) {
			String key = header.getKey();
			if (key.isEmpty()) {
				throw new IllegalArgumentException("header keys must not be empty");
			}
			size += 3 + checkedLength(key, MAX_HEADER_KEY_LENGTH, "header key", null)
					+ checkedLength(header.getValue(), MAX_HEADER_VALUE_LENGTH, "value", key);
		}

		byte[] frame = new byte[size];
		frame[0] = SIGNATURE_0;
		frame[1] = SIGNATURE_1;
		frame[2] = VERSION;
		frame[3] = (byte) envelope.kind().code();
		long id = envelope.correlationId();
		for (int i = 0; i < 8; i++) {
			frame[4 + i] = (byte) (id >>> (56 - 8 * i));
		}
		frame[12] = (byte) (status >>> 8);
		frame[13] = (byte) status;
		int pos = writeShortString(frame, ROUTE_OFFSET, route);
		pos = (contentType != null) ? writeShortString(frame, pos, contentType) : pos + 1;
		frame[pos++] = (byte) headers.size();
		for (Map.Entry<String, String> header : headers.entrySet()) {
			pos = writeShortString(frame, pos, header.getKey());
			int valueStart = pos + 2;
			pos = writeUtf8(header.getValue(), frame, valueStart);
			int valueLength = pos - valueStart;
			frame[valueStart - 2] = (byte) (valueLength >>> 8);
			frame[valueStart - 1] = (byte) valueLength;
		}
		// pos == size: the headers of an envelope are an unmodifiable copy, so nothing
		// changed
		return frame;
	}

	/**
	 * Decode a header frame. Every length is checked against the bytes left before
	 * anything is allocated from it. An empty route decodes to {@code ""} and an empty
	 * content type to {@code null}, without allocation. Malformed UTF-8 in strings is
	 * decoded leniently (U+FFFD replacement characters).
	 * @param frame the header frame
	 * @return the envelope
	 * @throws ZmqProtocolException if the frame is not a well-formed version 1 envelope:
	 * bad signature, other version, unknown kind, truncated, trailing bytes, empty or
	 * duplicate header key
	 */
	public static ZmqEnvelope decode(byte[] frame) {
		if (frame == null) {
			throw new IllegalArgumentException("'frame' must not be null");
		}
		int length = frame.length;
		checkSignature(frame);
		int version = frame[2] & 0xFF;
		if (version != VERSION) {
			throw new ZmqProtocolException("unsupported envelope version " + version);
		}
		if (length < MIN_LENGTH) {
			throw new ZmqProtocolException(
					"envelope truncated: " + bytes(length) + ", an envelope has at least " + MIN_LENGTH);
		}
		ZmqMessageKind kind = ZmqMessageKind.fromCode(frame[3] & 0xFF);
		long correlationId = 0;
		for (int i = 4; i < 12; i++) {
			correlationId = (correlationId << 8) | (frame[i] & 0xFF);
		}
		int status = ((frame[12] & 0xFF) << 8) | (frame[13] & 0xFF);

		int pos = ROUTE_OFFSET;
		int routeLength = frame[pos] & 0xFF;
		pos = checkLength(frame, pos, 1, routeLength, "route length", null, 0);
		String route = (routeLength == 0) ? "" : utf8(frame, pos, routeLength);
		pos += routeLength;

		checkPresent(frame, pos, 1, "content type length", null, 0);
		int contentTypeLength = frame[pos] & 0xFF;
		pos = checkLength(frame, pos, 1, contentTypeLength, "content type length", null, 0);
		String contentType = (contentTypeLength == 0) ? null : utf8(frame, pos, contentTypeLength);
		pos += contentTypeLength;

		checkPresent(frame, pos, 1, "header count", null, 0);
		int headerCount = frame[pos] & 0xFF;
		int countOffset = pos++;
		Map<String, String> headers;
		if (headerCount == 0) {
			headers = Map.of();
		}
		else {
			int left = length - pos;
			if ((long) headerCount * MIN_HEADER_LENGTH > left) {
				throw new ZmqProtocolException("envelope truncated: header count " + headerCount + " at offset "
						+ countOffset + " needs at least " + headerCount * MIN_HEADER_LENGTH + " bytes, " + bytes(left)
						+ " left");
			}
			headers = new LinkedHashMap<>((int) (headerCount / 0.75f) + 1);
			for (int i = 1; i <= headerCount; i++) {
				pos = readHeader(frame, pos, i, headers);
			}
		}
		if (pos != length) {
			int trailing = length - pos;
			throw new ZmqProtocolException(
					trailing + " trailing byte" + ((trailing != 1) ? "s" : "") + " after the headers at offset " + pos);
		}
		return new ZmqEnvelope(kind, correlationId, status, route, contentType, headers);
	}

	private static void checkSignature(byte[] frame) {
		int length = frame.length;
		if (length == 0) {
			throw new ZmqProtocolException("empty frame is not an envelope");
		}
		if (frame[0] != SIGNATURE_0 || (length > 1 && frame[1] != SIGNATURE_1)) {
			throw new ZmqProtocolException("bad envelope signature " + hex(frame[0])
					+ ((length > 1) ? " " + hex(frame[1]) : "") + ", expected 0xFF 0x5A");
		}
		if (length < 3) {
			throw new ZmqProtocolException(
					"envelope truncated: " + bytes(length) + ", an envelope has at least " + MIN_LENGTH);
		}
	}

	private static int readHeader(byte[] frame, int pos, int index, Map<String, String> headers) {
		checkPresent(frame, pos, 1, "key length", null, index);
		int keyOffset = pos;
		int keyLength = frame[pos] & 0xFF;
		if (keyLength == 0) {
			throw new ZmqProtocolException("empty key of header #" + index + " at offset " + pos);
		}
		pos = checkLength(frame, pos, 1, keyLength, "key length", null, index);
		String key = utf8(frame, pos, keyLength);
		pos += keyLength;
		checkPresent(frame, pos, 2, "value length", key, index);
		int valueLength = ((frame[pos] & 0xFF) << 8) | (frame[pos + 1] & 0xFF);
		pos = checkLength(frame, pos, 2, valueLength, "value length", key, index);
		String value = (valueLength == 0) ? "" : utf8(frame, pos, valueLength);
		pos += valueLength;
		if (headers.putIfAbsent(key, value) != null) {
			throw new ZmqProtocolException("duplicate header key '" + key + "' at offset " + keyOffset);
		}
		return pos;
	}

	/**
	 * Check that a length field of {@code fieldSize} bytes is present at {@code pos}.
	 */
	private static void checkPresent(byte[] frame, int pos, int fieldSize, String what, @Nullable String key,
			int index) {
		if (frame.length - pos < fieldSize) {
			throw new ZmqProtocolException("envelope truncated: " + what + ofHeader(key, index) + " at offset " + pos
					+ " is missing, the frame ends at " + frame.length);
		}
	}

	/**
	 * Check that {@code fieldLength} bytes follow the length field of {@code fieldSize}
	 * bytes at {@code pos}, and return the offset where they start.
	 */
	private static int checkLength(byte[] frame, int pos, int fieldSize, int fieldLength, String what,
			@Nullable String key, int index) {
		int start = pos + fieldSize;
		int left = frame.length - start;
		if (fieldLength > left) {
			throw new ZmqProtocolException("envelope truncated: " + what + " " + fieldLength + ofHeader(key, index)
					+ " at offset " + pos + " exceeds the " + bytes(left) + " left");
		}
		return start;
	}

	/**
	 * Say which header a field belongs to in an error message, e.g.
	 * {@code  of header 'k'} or {@code  of header #2}; only called when building a
	 * message.
	 */
	private static String ofHeader(@Nullable String key, int index) {
		if (key != null) {
			return " of header '" + key + "'";
		}
		return (index > 0) ? " of header #" + index : "";
	}

	private static String bytes(int count) {
		return (count != 1) ? count + " bytes" : "1 byte";
	}

	private static String hex(byte b) {
		return String.format("0x%02X", b & 0xFF);
	}

	private static String utf8(byte[] frame, int offset, int length) {
		return new String(frame, offset, length, StandardCharsets.UTF_8);
	}

	/**
	 * Return the UTF-8 length of {@code value}, failing if it exceeds {@code max}.
	 */
	private static int checkedLength(String value, int max, String what, @Nullable String key) {
		// every char takes at least one byte, so a longer string cannot fit
		if (value.length() > max) {
			throw new IllegalArgumentException(what + ofHeader(key, 0) + " has " + value.length()
					+ " chars, more than the maximum of " + max + " UTF-8 bytes");
		}
		int length = utf8Length(value);
		if (length > max) {
			throw new IllegalArgumentException(
					what + ofHeader(key, 0) + " is " + length + " UTF-8 bytes, more than the maximum of " + max);
		}
		return length;
	}

	/**
	 * Write a string preceded by its one-byte length at {@code pos}; the caller has
	 * checked that it fits. Return the offset after it.
	 */
	private static int writeShortString(byte[] frame, int pos, String value) {
		int end = writeUtf8(value, frame, pos + 1);
		frame[pos] = (byte) (end - pos - 1);
		return end;
	}

	/**
	 * The number of bytes {@link #writeUtf8} writes for {@code value}.
	 */
	static int utf8Length(String value) {
		int chars = value.length();
		int bytes = chars;
		for (int i = 0; i < chars; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				continue;
			}
			if (c < 0x800) {
				bytes += 1;
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(value.charAt(i + 1))) {
					// two chars, four bytes
					bytes += 2;
					i++;
				}
				// else an unpaired surrogate: written as '?', one byte
			}
			else {
				bytes += 2;
			}
		}
		return bytes;
	}

	/**
	 * Write {@code value} as UTF-8 at {@code pos}, exactly like
	 * {@code value.getBytes(UTF_8)} (an unpaired surrogate becomes {@code '?'}). Return
	 * the offset after it.
	 */
	static int writeUtf8(String value, byte[] dst, int pos) {
		int chars = value.length();
		for (int i = 0; i < chars; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				dst[pos++] = (byte) c;
			}
			else if (c < 0x800) {
				dst[pos++] = (byte) (0xC0 | (c >> 6));
				dst[pos++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(value.charAt(i + 1))) {
					int cp = Character.toCodePoint(c, value.charAt(++i));
					dst[pos++] = (byte) (0xF0 | (cp >> 18));
					dst[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
					dst[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
					dst[pos++] = (byte) (0x80 | (cp & 0x3F));
				}
				else {
					dst[pos++] = '?';
				}
			}
			else {
				dst[pos++] = (byte) (0xE0 | (c >> 12));
				dst[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				dst[pos++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		return pos;
	}

}
