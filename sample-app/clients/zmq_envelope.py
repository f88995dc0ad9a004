"""zmq-spring-boot envelope, version 1: encode and decode the header frame (stdlib only)."""
import struct
from collections import namedtuple

VERSION = 1
REQUEST, REPLY, STREAM_ITEM, STREAM_END, ERROR, CANCEL, MESSAGE = range(1, 8)
Envelope = namedtuple("Envelope", "kind correlation_id status route content_type headers")
_FIXED = struct.Struct(">BBBBQH")  # 0xFF, 0x5A, version, kind, correlation id, status


class EnvelopeError(ValueError):
    """Not a well-formed version 1 envelope (a server answers with status 400)."""


def is_envelope(frame):
    return len(frame) >= 3 and frame[0] == 0xFF and frame[1] == 0x5A


def _field(data, size_len, what):
    if len(data) >= 256 ** size_len:
        raise ValueError(f"{what} is longer than {256 ** size_len - 1} bytes")
    return len(data).to_bytes(size_len, "big") + data


def encode(kind, correlation_id=0, status=0, route="", content_type=None, headers=None):
    headers = headers or {}
    if len(headers) > 255:
        raise ValueError("more than 255 headers")
    parts = [_FIXED.pack(0xFF, 0x5A, VERSION, kind, correlation_id & (2**64 - 1), status),
             _field(route.encode(), 1, "route"), _field((content_type or "").encode(), 1, "content type"),
             bytes([len(headers)])]
    for key, value in headers.items():
        if not key:
            raise ValueError("header keys must not be empty")
        parts += [_field(key.encode(), 1, "header key"), _field(value.encode(), 2, f"header {key!r}")]
    return b"".join(parts)


def decode(frame):
    if not is_envelope(frame):
        raise EnvelopeError("no envelope signature 0xFF 0x5A")
    if frame[2] != VERSION:
        raise EnvelopeError(f"unsupported envelope version {frame[2]}")
    if len(frame) < 17:
        raise EnvelopeError(f"envelope truncated: {len(frame)} bytes")
    _, _, _, kind, correlation_id, status = _FIXED.unpack_from(frame)
    if not REQUEST <= kind <= MESSAGE:
        raise EnvelopeError(f"unknown message kind {kind}")
    pos = 14

    def take(size_len):  # a length field of size_len bytes, then that many bytes of UTF-8
        nonlocal pos
        n = int.from_bytes(frame[pos:pos + size_len], "big")
        if pos + size_len + n > len(frame):
            raise EnvelopeError(f"envelope truncated: field at offset {pos} exceeds the frame")
        pos += size_len + n
        return frame[pos - n:pos].decode("utf-8", "replace")

    route, content_type = take(1), take(1) or None
    if pos >= len(frame):
        raise EnvelopeError(f"envelope truncated: no header count at offset {pos}")
    count, pos, headers = frame[pos], pos + 1, {}
    for _ in range(count):
        key = take(1)
        if not key or key in headers:
            raise EnvelopeError(f"empty or duplicate header key {key!r} before offset {pos}")
        headers[key] = take(2)
    if pos != len(frame):
        raise EnvelopeError(f"{len(frame) - pos} trailing bytes after the headers")
    return Envelope(kind, correlation_id, status, route, content_type, headers)
