# An MDP/0.2 worker written from ZeroMQ RFC 18: DEALER, READY, answers each REQUEST with one
# PARTIAL and one FINAL, heartbeats, reconnects on DISCONNECT. Usage: mdp_worker.py ADDRESS SERVICE COUNT
import sys
import time
import zmq

address, service, count = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3])
HEARTBEAT_MS = 1000
ctx = zmq.Context()


def connect():
    s = ctx.socket(zmq.DEALER)
    s.linger = 0
    s.connect(address)
    s.send_multipart([b"MDPW02", b"\x01", service])          # READY
    return s


sock = connect()
served = 0
next_heartbeat = time.time() + HEARTBEAT_MS / 1000
while served < count:
    if sock.poll(100):
        frames = sock.recv_multipart()
        assert frames[0] == b"MDPW02", frames
        command = frames[1]
        if command == b"\x02":                                 # REQUEST: client, "", body...
            client, empty, body = frames[2], frames[3], frames[4:]
            assert empty == b"", frames
            sock.send_multipart([b"MDPW02", b"\x03", client, b"", b"partial"])        # PARTIAL
            sock.send_multipart([b"MDPW02", b"\x04", client, b"", b"py:" + body[-1]])  # FINAL
            served += 1
        elif command == b"\x06":                               # DISCONNECT: new socket, READY
            sock.close()
            sock = connect()
        else:
            assert command == b"\x05", frames                  # HEARTBEAT
    if time.time() >= next_heartbeat:
        sock.send_multipart([b"MDPW02", b"\x05"])
        next_heartbeat = time.time() + HEARTBEAT_MS / 1000
sock.send_multipart([b"MDPW02", b"\x06"])                      # DISCONNECT
time.sleep(0.2)
print("served", served)
