"""A pyzmq ROUTER or REP server speaking the documented envelope: it upper-cases text.

An optional fourth argument, a Z85 secret key, makes it a CURVE server (libzmq's CURVE)."""
import sys
import zmq
import zmq_envelope as env

kind, port, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
ctx = zmq.Context()
server = ctx.socket(zmq.ROUTER if kind == "router" else zmq.REP)
server.setsockopt(zmq.LINGER, 1000)
server.setsockopt(zmq.RCVTIMEO, 20000)
if len(sys.argv) > 4:
    server.curve_secretkey = sys.argv[4].encode()
    server.curve_server = True
server.bind(f"tcp://127.0.0.1:{port}")
print("ready", flush=True)
for _ in range(count):
    frames = server.recv_multipart()
    if kind == "router":
        routing, (header_frame, body) = frames[:2], frames[2:]  # identity, empty delimiter
    else:
        routing, (header_frame, body) = [], frames
    request = env.decode(header_frame)
    reply = env.encode(env.REPLY, request.correlation_id, status=200, content_type="text/plain")
    server.send_multipart(routing + [reply, body.upper()])
print("served", count)
ctx.destroy(linger=1000)
