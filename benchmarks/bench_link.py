"""Benchmark of the hub link on loopback, beside raw pyzmq measured in the same run.

1. Round trip: a LinkClient publishes a small room event and waits for its own RoomEvent back
   (client outbox commit + CURVE + HMAC + hub store commit + ack + fan-out + client store commit).
   Reference: a raw pyzmq DEALER -> ROUTER echo (no CURVE, no signing, no persistence).
2. Relay: one publisher, a room of 20 receivers; events/s until every receiver has every event.
   The receivers are raw CURVE DEALERs that only count frames, so this measures the hub.
   Reference: a raw pyzmq ROUTER process relaying each message to 20 DEALERs (no CURVE, no
   signing, no store), counted by the same receiver code.

    .venv/bin/python benchmarks/bench_link.py [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms import protocol as P  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.local import RawPeer, start_local_hub  # noqa: E402


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def link_rtt(hub, tmp: Path, n: int) -> list[float]:
    c = LinkClient(hub.enrol("Bench RTT", "specialist"), tmp / "rtt")
    got = threading.Event()
    c.event_received.connect(lambda e: got.set())
    c.start()
    c.join("rtt")
    deadline = time.monotonic() + 10
    while not c.presence("rtt") and time.monotonic() < deadline:
        time.sleep(0.01)
    out = []
    for i in range(n + 50):
        got.clear()
        t0 = time.perf_counter()
        c.publish("rtt", "cursor", {"i": i, "p": [1.0, 2.0, 3.0]})
        if not got.wait(5):
            raise RuntimeError("event not echoed within 5 s")
        if i >= 50:
            out.append((time.perf_counter() - t0) * 1000)
    c.stop()
    return out


def raw_rtt(n: int) -> list[float]:
    ctx = zmq.Context()
    router, dealer = ctx.socket(zmq.ROUTER), ctx.socket(zmq.DEALER)
    port = router.bind_to_random_port("tcp://127.0.0.1")
    dealer.connect(f"tcp://127.0.0.1:{port}")

    def echo():
        for _ in range(n + 50):
            router.send_multipart(router.recv_multipart())

    t = threading.Thread(target=echo)
    t.start()
    out = []
    payload = P.encode({"i": 0, "p": [1.0, 2.0, 3.0]})
    for i in range(n + 50):
        t0 = time.perf_counter()
        dealer.send(payload)
        dealer.recv()
        if i >= 50:
            out.append((time.perf_counter() - t0) * 1000)
    t.join()
    router.close(0), dealer.close(0)
    ctx.term()
    return out


def _count_until(socks, total_each: int, done: threading.Event, counts: list[int], peers=()) -> None:
    """Count frames on socks (owned by this thread); keep hub peers alive with a Ping every second."""
    poller = zmq.Poller()
    for s in socks:
        poller.register(s, zmq.POLLIN)
    next_ping = time.monotonic() + 1.0
    while min(counts) < total_each:
        if peers and time.monotonic() > next_ping:
            next_ping += 1.0
            for p in peers:
                p.send(P.Ping(t=time.monotonic()))
        for s, _ in poller.poll(200):
            i = socks.index(s)
            while True:
                try:
                    frames = s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                if not peers or b"\xa5event" in frames[1]:  # msgpack "type": "event" (no full decode)
                    counts[i] += 1
    done.set()


def link_relay(hub, n_receivers: int, n_events: int) -> float:
    pub = RawPeer(hub.enrol("Bench Pub", "specialist"))
    receivers = [RawPeer(hub.enrol(f"Bench Rx {i}", "specialist"), pub.ctx) for i in range(n_receivers)]
    for p in [pub, *receivers]:
        p.send(P.Hello())
        assert p.recv_type(P.Welcome) is not None
        p.send(P.JoinRoom(room="relay"))
        assert p.recv_type(P.Joined) is not None
    time.sleep(0.3)
    for p in [pub, *receivers]:  # drain presence updates
        while p.sock.poll(50):
            p.sock.recv_multipart()
    frames = [pub.signer.frames(P.Publish(room="relay", kind="cursor", body={"i": i}, client_msg_id=P.new_id()))
              for i in range(n_events)]
    counts = [0] * n_receivers
    done = threading.Event()
    t = threading.Thread(target=_count_until, args=([r.sock for r in receivers], n_events, done, counts, receivers))
    t.start()
    t0 = time.perf_counter()
    next_ping = time.monotonic() + 1.0
    for f in frames:
        pub.sock.send_multipart(f)
        while pub.sock.poll(0):  # acks
            pub.sock.recv_multipart()
        if time.monotonic() > next_ping:
            next_ping += 1.0
            pub.send(P.Ping(t=time.monotonic()))
    if not done.wait(60):
        lost = n_events * n_receivers - sum(min(c, n_events) for c in counts)
        print(f"  WARNING: {lost} deliveries missing after 60 s (raw receivers do not Resume): {counts}")
        counts[:] = [n_events] * n_receivers  # stop the counting thread
    dt = time.perf_counter() - t0
    t.join()
    for p in [*receivers, pub]:
        p.close()
    return n_events / dt


def _raw_relay_process(port_q, n_receivers: int, n_events: int) -> None:
    """The reference relay runs in its own process, like the hub."""
    ctx = zmq.Context()
    router = ctx.socket(zmq.ROUTER)
    router.setsockopt(zmq.SNDHWM, 0), router.setsockopt(zmq.RCVHWM, 0)
    port_q.put(router.bind_to_random_port("tcp://127.0.0.1"))
    idents = []
    while len(idents) < n_receivers:
        ident, msg = router.recv_multipart()
        if msg == b"hi":
            idents.append(ident)
    for _ in range(n_events):
        _, body = router.recv_multipart()
        for ident in idents:
            router.send_multipart([ident, body])
    router.close(0)
    ctx.term()


def raw_relay(n_receivers: int, n_events: int) -> float:
    import multiprocessing as mp

    q = mp.Queue()
    proc = mp.Process(target=_raw_relay_process, args=(q, n_receivers, n_events))
    proc.start()
    port = q.get(timeout=30)
    ctx = zmq.Context()
    pub = ctx.socket(zmq.DEALER)
    pub.setsockopt(zmq.IDENTITY, b"pub")
    pub.connect(f"tcp://127.0.0.1:{port}")
    rx = []
    for i in range(n_receivers):
        s = ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.IDENTITY, b"rx%d" % i)
        s.connect(f"tcp://127.0.0.1:{port}")
        s.send(b"hi")
        rx.append(s)
    time.sleep(0.3)  # all receivers registered with the relay before the first event

    counts = [0] * n_receivers
    done = threading.Event()
    tc = threading.Thread(target=_count_until, args=(rx, n_events, done, counts))
    tc.start()
    payload = P.encode({"i": 0})
    t0 = time.perf_counter()
    for _ in range(n_events):
        pub.send(payload)
    done.wait(120)
    dt = time.perf_counter() - t0
    tc.join()
    proc.join(10)
    for s in [pub, *rx]:
        s.close(0)
    ctx.term()
    return n_events / dt


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer events (smoke run)")
    ap.add_argument("--receivers", type=int, default=20)
    args = ap.parse_args(argv)
    n_rtt = 500 if args.quick else 2000
    n_relay = 2000 if args.quick else 10000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        hub = start_local_hub(tmp / "hub")
        try:
            ours = link_rtt(hub, tmp, n_rtt)
            ours_relay = link_relay(hub, args.receivers, n_relay)
        finally:
            hub.stop()
    ref = raw_rtt(n_rtt)
    ref_relay = raw_relay(args.receivers, n_relay)
    p50, p99, r50, r99 = pct(ours, 50), pct(ours, 99), pct(ref, 50), pct(ref, 99)
    print(f"round trip publish -> own RoomEvent, {n_rtt} events (ms)")
    print(f"  silkbridge link : p50 {p50:7.3f}  p99 {p99:7.3f}  mean {statistics.fmean(ours):7.3f}")
    print(f"  raw pyzmq echo  : p50 {r50:7.3f}  p99 {r99:7.3f}  mean {statistics.fmean(ref):7.3f}")
    print(f"  ratio (ours/raw): p50 {p50 / r50:5.1f}x  p99 {p99 / r99:5.1f}x   goal p99 < 2 ms: "
          f"{'met' if p99 < 2 else 'NOT met'}")
    print(f"relay to a room of {args.receivers}, {n_relay} events")
    print(f"  silkbridge hub  : {ours_relay:9.0f} events/s  ({ours_relay * args.receivers:9.0f} deliveries/s)")
    print(f"  raw pyzmq relay : {ref_relay:9.0f} events/s  ({ref_relay * args.receivers:9.0f} deliveries/s)")
    print(f"  ratio (ours/raw): {ours_relay / ref_relay:5.2f}   goal >= 20000 events/s: "
          f"{'met' if ours_relay >= 20000 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
