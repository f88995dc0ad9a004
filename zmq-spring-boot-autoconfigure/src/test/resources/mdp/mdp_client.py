# An MDP/0.2 client written from ZeroMQ RFC 18: REQUEST, then zero or more PARTIAL and one
# FINAL. Usage: mdp_client.py ADDRESS SERVICE BODY EXPECTED_FINAL [EXPECTED_PARTIAL...]
import sys
import zmq

address, service, body, expected_final = sys.argv[1], sys.argv[2].encode(), sys.argv[3].encode(), sys.argv[4]
expected_partials = sys.argv[5:]
ctx = zmq.Context()
sock = ctx.socket(zmq.DEALER)
sock.linger = 0
sock.connect(address)
sock.send_multipart([b"MDPC02", b"\x01", service, body])       # REQUEST
partials = []
while True:
    if not sock.poll(15000):
        sys.exit("no reply within 15 s; partials so far: %r" % partials)
    frames = sock.recv_multipart()
    assert frames[0] == b"MDPC02" and frames[2] == service, frames
    if frames[1] == b"\x02":                                    # PARTIAL
        partials.append(frames[3].decode())
    else:
        assert frames[1] == b"\x03", frames                     # FINAL
        final = frames[3].decode()
        break
assert partials == expected_partials, (partials, expected_partials)
assert final == expected_final, (final, expected_final)
print("final", final, "partials", partials)
