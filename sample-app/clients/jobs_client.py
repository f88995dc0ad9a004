"""Submit a job through the sample's queue proxy with a plain REQ socket (no envelope needed: REP workers)."""
import argparse
import sys

import zmq


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", default="tcp://127.0.0.1:5561")
    parser.add_argument("--timeout-ms", type=int, default=5000)
    args = parser.parse_args()

    sock = zmq.Context.instance().socket(zmq.REQ)
    sock.linger = 0
    sock.connect(args.endpoint)
    sock.send_string("job-from-python")
    if not sock.poll(args.timeout_ms):
        sys.exit("no reply from " + args.endpoint)
    print(sock.recv_string())


if __name__ == "__main__":
    main()
