"""Stream tokens from the running sample's inference service: one STREAM_ITEM per token, then STREAM_END."""
import argparse
import json
import sys

import zmq

import zmq_envelope as env


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", default="tcp://127.0.0.1:5557")
    parser.add_argument("--prompt", default="hello from Python")
    parser.add_argument("--timeout-ms", type=int, default=5000)
    args = parser.parse_args()

    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(args.endpoint)
    header = env.encode(env.REQUEST, 7, route="generate", content_type="application/json")
    sock.send_multipart([b"", header, json.dumps({"text": args.prompt, "maxTokens": 8}).encode()])
    tokens = []
    while True:
        if not sock.poll(args.timeout_ms):
            sys.exit("stream stalled")
        _, header, *body = sock.recv_multipart()
        item = env.decode(header)
        if item.kind == env.STREAM_ITEM:
            tokens.append(json.loads(body[0]) if item.content_type == "application/json" else body[0].decode())
            print("token:", repr(tokens[-1]), flush=True)
        elif item.kind == env.STREAM_END:
            break
        else:
            sys.exit(f"error {item.status}: {body[0].decode() if body else ''}")
    print(f"{len(tokens)} tokens: {''.join(tokens).strip()}")


if __name__ == "__main__":
    main()
