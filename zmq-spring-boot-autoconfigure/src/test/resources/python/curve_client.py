"""pyzmq (libzmq) CURVE clients of a @ZmqRouterListener: an authorized one gets its reply,
one with an unknown key gets nothing."""
import sys
import zmq

port, server_public, client_public, client_secret = sys.argv[1:5]
ctx = zmq.Context()


def client(public, secret):
    s = ctx.socket(zmq.REQ)
    s.setsockopt(zmq.LINGER, 0)
    s.curve_serverkey = server_public.encode()
    s.curve_publickey = public
    s.curve_secretkey = secret
    s.connect(f"tcp://127.0.0.1:{port}")
    return s


authorized = client(client_public.encode(), client_secret.encode())
authorized.setsockopt(zmq.RCVTIMEO, 10000)
authorized.send(b"from-pyzmq")
assert authorized.recv_multipart() == [b"echo:from-pyzmq"], "authorized CURVE client"

stranger_public, stranger_secret = zmq.curve_keypair()
stranger = client(stranger_public, stranger_secret)
stranger.setsockopt(zmq.RCVTIMEO, 2000)
stranger.send(b"from-stranger")
try:
    stranger.recv_multipart()
    raise AssertionError("an unknown key got a reply")
except zmq.Again:
    pass
print("ok")
ctx.destroy(linger=0)
