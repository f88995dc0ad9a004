"""Place an order with the running sample, the way a Python service would (pyzmq DEALER + the envelope)."""
import argparse
import json
import sys

import zmq

import zmq_envelope as env


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", default="tcp://127.0.0.1:5555")
    parser.add_argument("--timeout-ms", type=int, default=5000)
    args = parser.parse_args()

    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(args.endpoint)
    order = {"sku": "PY-MUG", "quantity": 3, "limitPrice": 4.5}
    header = env.encode(env.REQUEST, 1, route="place", content_type="application/json")
    sock.send_multipart([b"", header, json.dumps(order).encode()])
    if not sock.poll(args.timeout_ms):
        sys.exit("no reply from " + args.endpoint)
    _, header, body = sock.recv_multipart()
    reply = env.decode(header)
    if reply.kind != env.REPLY:
        sys.exit(f"error {reply.status}: {body.decode()}")
    confirmation = json.loads(body)
    print(f"placed {confirmation['sku']} as {confirmation['orderId']}, total {confirmation['total']}")


if __name__ == "__main__":
    main()
