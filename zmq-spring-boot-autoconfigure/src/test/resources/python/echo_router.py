"""A pyzmq ROUTER speaking the envelope that answers each request with 'echo:<payload>' until killed."""
import sys
import zmq
import zmq_envelope as env

ctx = zmq.Context()
server = ctx.socket(zmq.ROUTER)
server.setsockopt(zmq.LINGER, 0)
server.bind(sys.argv[1])
print("ready", flush=True)
while True:
    identity, empty, header_frame, body = server.recv_multipart()
    request = env.decode(header_frame)
    reply = env.encode(env.REPLY, request.correlation_id, status=200, content_type="text/plain")
    server.send_multipart([identity, empty, reply, b"echo:" + body])
