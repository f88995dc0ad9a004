# An MDP/0.2 broker written from ZeroMQ RFC 18: one ROUTER for clients and workers, a queue
# and least recently used ready workers per service, heartbeats, DISCONNECT for unknown
# workers. Runs until killed. Usage: mdp_broker.py PORT
import sys
import time
import zmq

HEARTBEAT = 1.0
LIVENESS = 3
ctx = zmq.Context()
sock = ctx.socket(zmq.ROUTER)
sock.linger = 0
sock.bind("tcp://127.0.0.1:%s" % sys.argv[1])
workers = {}          # identity -> {"service", "expiry"}
waiting = {}          # service -> [identity] (ready, oldest first)
requests = {}         # service -> [(client, body)]
print("ready", flush=True)


def dispatch(service):
    while waiting.get(service) and requests.get(service):
        worker = waiting[service].pop(0)
        client, body = requests[service].pop(0)
        sock.send_multipart([worker, b"MDPW02", b"\x02", client, b""] + body)


def forget(identity):
    worker = workers.pop(identity, None)
    if worker and identity in waiting.get(worker["service"], []):
        waiting[worker["service"]].remove(identity)


next_heartbeat = time.time() + HEARTBEAT
while True:
    if sock.poll(100):
        frames = sock.recv_multipart()
        sender, header, command = frames[0], frames[1], frames[2]
        if header == b"MDPC02" and command == b"\x01":
            service = frames[3]
            requests.setdefault(service, []).append((sender, frames[4:]))
            dispatch(service)
        elif header == b"MDPW02":
            worker = workers.get(sender)
            if command == b"\x01" and worker is None:             # READY
                workers[sender] = {"service": frames[3], "expiry": time.time() + HEARTBEAT * LIVENESS}
                waiting.setdefault(frames[3], []).append(sender)
                dispatch(frames[3])
            elif worker is None:                                  # unknown worker
                sock.send_multipart([sender, b"MDPW02", b"\x06"])
            elif command in (b"\x03", b"\x04"):                   # PARTIAL, FINAL
                worker["expiry"] = time.time() + HEARTBEAT * LIVENESS
                client = frames[3]
                reply = b"\x02" if command == b"\x03" else b"\x03"
                sock.send_multipart([client, b"MDPC02", reply, worker["service"]] + frames[5:])
                if command == b"\x04":
                    waiting[worker["service"]].append(sender)
                    dispatch(worker["service"])
            elif command == b"\x05":                              # HEARTBEAT
                worker["expiry"] = time.time() + HEARTBEAT * LIVENESS
            elif command == b"\x06":                              # DISCONNECT
                forget(sender)
            else:
                sock.send_multipart([sender, b"MDPW02", b"\x06"])
                forget(sender)
    if time.time() >= next_heartbeat:
        for identity, worker in list(workers.items()):
            if worker["expiry"] < time.time():
                forget(identity)
            else:
                sock.send_multipart([identity, b"MDPW02", b"\x05"])
        next_heartbeat = time.time() + HEARTBEAT
