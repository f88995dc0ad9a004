"""A pyzmq DEALER sending JSON and a hand-encoded Protobuf Quote through the envelope."""
import json
import sys
import zmq
import zmq_envelope as env

ctx = zmq.Context()
dealer = ctx.socket(zmq.DEALER)
dealer.setsockopt(zmq.LINGER, 0)
dealer.setsockopt(zmq.RCVTIMEO, 5000)
dealer.connect(f"tcp://127.0.0.1:{sys.argv[1]}")


def call(cid, route, content_type, body):
    dealer.send_multipart([b"", env.encode(env.REQUEST, cid, route=route, content_type=content_type), body])
    empty, header, reply = dealer.recv_multipart()
    return env.decode(header), reply


header, reply = call(1, "sample", "application/json", json.dumps({"name": "py", "count": 1}).encode())
assert header.kind == env.REPLY and header.content_type.startswith("application/json"), header
assert json.loads(reply) == {"name": "py!", "count": 2}, reply

# Quote{symbol: "ZMQ", price_micros: 1500}: field 1 (string), field 2 (varint 1500)
quote = bytes([0x0A, 3]) + b"ZMQ" + bytes([0x10, 0xDC, 0x0B])
header, reply = call(2, "quote", "application/x-protobuf", quote)
assert header.kind == env.REPLY and header.content_type.startswith("application/x-protobuf"), header
# the listener doubled the price (3000) and added the venue "zmq" (field 3)
assert reply == bytes([0x0A, 3]) + b"ZMQ" + bytes([0x10, 0xB8, 0x17, 0x1A, 3]) + b"zmq", reply.hex()

header, reply = call(3, "quote", "application/x-protobuf", b"\xff\xff\xff")
assert header.kind == env.ERROR and header.status == 400, (header, reply)
print("ok", flush=True)
ctx.destroy()
