"""Run by ZmqEnvelopePythonInteropTests next to the zmq_envelope.py extracted from docs/protocol.md.

Arguments: the hex of a REQUEST to encode as "id,route_hex,content_type_hex,key_hex:value_hex,...",
then the hex of frames encoded in Java. Prints key=value lines; strings are printed as UTF-8 hex.
"""
import sys

import zmq_envelope as z


def hexs(text):
    return text.encode("utf-8").hex()


def unhex(text):
    return bytes.fromhex(text).decode("utf-8")


# (a) encode a request from the fields Java chose; Java compares the bytes with its encoder
cid, route, content_type, *pairs = sys.argv[1].split(",")
headers = {unhex(k): unhex(v) for k, v in (pair.split(":") for pair in pairs)}
request = z.encode(z.REQUEST, int(cid), route=unhex(route), content_type=unhex(content_type), headers=headers)
print("request=" + request.hex())

# (b) decode the frames Java encoded, re-encode them, and check that every truncation is rejected
for index, frame_hex in enumerate(sys.argv[2:]):
    frame = bytes.fromhex(frame_hex)
    envelope = z.decode(frame)
    prefix = f"frame{index}."
    print(prefix + f"kind={envelope.kind}")
    print(prefix + f"correlation_id={envelope.correlation_id}")
    print(prefix + f"status={envelope.status}")
    print(prefix + "route=" + hexs(envelope.route))
    print(prefix + "content_type=" + ("none" if envelope.content_type is None else hexs(envelope.content_type)))
    print(prefix + "headers=" + ",".join(hexs(k) + ":" + hexs(v) for k, v in envelope.headers.items()))
    print(prefix + "reencoded=" + z.encode(*envelope).hex())
    rejected = 0
    for length in range(len(frame)):
        try:
            z.decode(frame[:length])
        except z.EnvelopeError:
            rejected += 1
    print(prefix + f"truncations_rejected={rejected}/{len(frame)}")
    try:
        z.decode(frame + b"\x00")
        print(prefix + "trailing=accepted")
    except z.EnvelopeError:
        print(prefix + "trailing=rejected")
