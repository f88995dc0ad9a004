"""A pyzmq PUB, plain ZeroMQ (no envelope): [topic, JSON body] frames, until killed."""
import json
import sys
import time
import zmq

ctx = zmq.Context()
pub = ctx.socket(zmq.PUB)
pub.setsockopt(zmq.LINGER, 0)
pub.connect(f"tcp://127.0.0.1:{sys.argv[1]}")
deadline = time.monotonic() + 30
n = 0
while time.monotonic() < deadline:
    n += 1
    for zip_code in ("10001", "20002"):
        pub.send_multipart([zip_code.encode(), json.dumps({"zip": zip_code, "temperature": n}).encode()])
    time.sleep(0.005)
