"""A pyzmq PULL worker taking what our @ZmqPushClient pushes: [envelope][body]."""
import json
import sys
import zmq
import zmq_envelope as env

ctx = zmq.Context()
pull = ctx.socket(zmq.PULL)
pull.setsockopt(zmq.LINGER, 0)
pull.setsockopt(zmq.RCVTIMEO, 20000)
pull.bind(f"tcp://127.0.0.1:{sys.argv[1]}")
print("ready", flush=True)
ids = set()
for _ in range(int(sys.argv[2])):
    header, body = pull.recv_multipart()
    assert env.decode(header).kind == env.MESSAGE
    ids.add(json.loads(body)["id"])
assert ids == set(range(int(sys.argv[2]))), sorted(ids)
print("ok", flush=True)
ctx.destroy()
