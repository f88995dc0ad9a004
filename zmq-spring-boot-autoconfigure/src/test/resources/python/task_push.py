"""A pyzmq PUSH sending plain JSON tasks (no envelope) to our @ZmqPullListener."""
import json
import sys
import zmq

ctx = zmq.Context()
push = ctx.socket(zmq.PUSH)
push.setsockopt(zmq.LINGER, 5000)
push.connect(f"tcp://127.0.0.1:{sys.argv[1]}")
for i in range(int(sys.argv[2])):
    push.send(json.dumps({"id": i, "worker": "python"}).encode())
print("sent", flush=True)
ctx.destroy(linger=5000)
