"""Subscribe to the running sample's EUR.* price ticks with a plain pyzmq SUB socket."""
import argparse
import json
import sys

import zmq

import zmq_envelope as env


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", default="tcp://127.0.0.1:5558")
    parser.add_argument("--topic", default="EUR.")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--timeout-ms", type=int, default=10000)
    args = parser.parse_args()

    sock = zmq.Context.instance().socket(zmq.SUB)
    sock.linger = 0
    sock.connect(args.endpoint)
    sock.subscribe(args.topic.encode())
    for _ in range(args.count):
        if not sock.poll(args.timeout_ms):
            sys.exit("no tick within the timeout")
        topic, *frames = sock.recv_multipart()
        body = frames[-1]
        if len(frames) > 1 and env.is_envelope(frames[0]):
            env.decode(frames[0])              # our publishers send [topic][envelope][body]
        tick = json.loads(body)
        print(f"{topic.decode()}: {tick['price']}")


if __name__ == "__main__":
    main()
