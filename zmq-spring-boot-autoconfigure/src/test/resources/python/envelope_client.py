"""A pyzmq DEALER speaking the documented envelope to a @ZmqRouterListener."""
import sys
import zmq
import zmq_envelope as env

port = sys.argv[1]
ctx = zmq.Context()
dealer = ctx.socket(zmq.DEALER)
dealer.setsockopt(zmq.LINGER, 0)
dealer.setsockopt(zmq.RCVTIMEO, 5000)
dealer.connect(f"tcp://127.0.0.1:{port}")

for cid, route, body in [(1, "echo", b"py"), (2, "fail", b"py"), (3, "nope", b"py"), (4, "count", b"3")]:
    ctype = "application/json" if route == "count" else "text/plain"
    dealer.send_multipart([b"", env.encode(env.REQUEST, cid, route=route, content_type=ctype), body])

final, items = {}, []
while len(final) < 4:
    frames = dealer.recv_multipart()
    assert frames[0] == b"", frames
    header = env.decode(frames[1])
    if header.kind == env.STREAM_ITEM:
        items.append(frames[2])
    else:
        final[header.correlation_id] = [(header, frames[2:])]
results = dict(final, items=items)

(echo, echo_body), = results[1]
assert echo.kind == env.REPLY and echo.status == 200 and echo_body == [b"echo:py"], results[1]
(fail, fail_body), = results[2]
assert fail.kind == env.ERROR and fail.status == 500 and fail_body == [b"Internal error"], results[2]
(nope, nope_body), = results[3]
assert nope.kind == env.ERROR and nope.status == 404 and nope_body == [b"No handler for route"], results[3]
(end, _), = results[4]
assert end.kind == env.STREAM_END and results["items"] == [b"0", b"1", b"2"], results
print("ok")
ctx.destroy()
