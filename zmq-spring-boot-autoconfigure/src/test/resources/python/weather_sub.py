"""A pyzmq SUB reading what our @ZmqPubClient publishes: [topic][envelope][body]."""
import sys
import zmq
import zmq_envelope as env

ctx = zmq.Context()
sub = ctx.socket(zmq.SUB)
sub.setsockopt(zmq.LINGER, 0)
sub.setsockopt(zmq.RCVTIMEO, 20000)
sub.setsockopt(zmq.SUBSCRIBE, b"10001")
sub.connect(f"tcp://127.0.0.1:{sys.argv[1]}")
for _ in range(int(sys.argv[2])):
    topic, header, body = sub.recv_multipart()
    message = env.decode(header)
    assert topic == b"10001", topic
    assert message.kind == env.MESSAGE and message.content_type == "application/json", message
    assert b'"zip":"10001"' in body, body
print("ok", flush=True)
ctx.destroy()
