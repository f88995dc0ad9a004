"""Plain pyzmq peers (no envelope) against a @ZmqRouterListener and a @ZmqRepListener."""
import sys
import zmq

router_port, rep_port = sys.argv[1], sys.argv[2]
ctx = zmq.Context()


def socket(kind, port):
    s = ctx.socket(kind)
    s.setsockopt(zmq.LINGER, 0)
    s.setsockopt(zmq.RCVTIMEO, 5000)
    s.connect(f"tcp://127.0.0.1:{port}")
    return s


req = socket(zmq.REQ, router_port)
req.send(b"from-req")
assert req.recv_multipart() == [b"plain:from-req"], "REQ -> ROUTER"

dealer = socket(zmq.DEALER, router_port)
for i in range(3):
    dealer.send(b"from-dealer-%d" % i)
replies = sorted(dealer.recv_multipart()[0] for _ in range(3))
assert replies == [b"plain:from-dealer-%d" % i for i in range(3)], replies

rep_req = socket(zmq.REQ, rep_port)
rep_req.send(b"lock")
assert rep_req.recv_multipart() == [b"rep:lock"], "REQ -> REP"
print("ok")
ctx.destroy()
