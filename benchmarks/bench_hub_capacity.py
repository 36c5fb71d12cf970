"""Capacity of one hub: many simulated workstations on loopback, beside a raw pyzmq relay.

    .venv/bin/python benchmarks/bench_hub_capacity.py [--stations 1000] [--rooms 100] [--seconds 30]
                                                      [--publish-every 10]

Each simulated workstation is a CURVE DEALER speaking the wire protocol (comms.local.RawPeer): it
says Hello, joins its room (stations are spread evenly over the rooms), pings every second like a
LinkClient, and publishes a small event every ``--publish-every`` seconds (staggered), which the hub
stores, acknowledges and fans out to the room. The load generator reads every socket, verifies each
signature and counts every delivery (each member must get each event of its room once).

Printed: time to connect and join everyone; during the steady phase the hub's CPU (all its
threads, % of one core), its resident memory (now and peak), publish -> ack round trip p50/p99,
deliveries per second and how many were missing. Reference, same run, same generator and traffic:
a raw pyzmq ROUTER relay (no CURVE, no signing, no store, no acks beyond an echo), so the
generator's own share of the round trip is visible. Bounded: the run stops after its phases.
"""

from __future__ import annotations

import argparse
import hmac
import multiprocessing as mp
import os
import sys
import tempfile
import time
from pathlib import Path

import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_link import _LITE, cpu_seconds  # noqa: E402  (same light decoders and CPU clock)
from bench_link import pct as _pct  # noqa: E402
from comms import protocol as P  # noqa: E402
from comms.local import RawPeer, start_local_hub  # noqa: E402


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    vals = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            k, v = line.split(":", 1)
            vals[k] = int(v.split()[0]) / 1024
    return vals["VmRSS"], vals["VmHWM"]


def pct(xs, q):
    return _pct(xs, q) if xs else float("nan")


def run_hub_load(hub, n: int, rooms: int, seconds: float, every: float) -> dict:
    ctx = zmq.Context(io_threads=1)
    ctx.setsockopt(zmq.MAX_SOCKETS, n + 64)
    t0 = time.perf_counter()
    bundles = [hub.enrol(f"Station {i}", "specialist") for i in range(n)]
    t_enrol = time.perf_counter() - t0
    peers = [RawPeer(b, ctx) for b in bundles]
    room_of = [f"load-{i % rooms}" for i in range(n)]
    members = {r: room_of.count(r) for r in set(room_of)}
    t0 = time.perf_counter()
    for p in peers:
        p.send(P.Hello(features=list(P.FEATURES)))
    for p in peers:
        if p.recv_type(P.Welcome, 30) is None:
            raise RuntimeError("a station was not welcomed within 30 s")
    for p, r in zip(peers, room_of):
        p.send(P.JoinRoom(room=r))
    for p in peers:
        if p.recv_type(P.Joined, 30) is None:
            raise RuntimeError("a station could not join its room within 30 s")
    t_join = time.perf_counter() - t0
    time.sleep(1.0)
    socks = [p.sock for p in peers]
    index = {s: i for i, s in enumerate(socks)}
    poller = zmq.Poller()
    for s in socks:
        poller.register(s, zmq.POLLIN)
    for s in socks:  # presence updates of the joins
        while s.poll(0):
            s.recv_multipart()
    pid = hub.pid
    cpu0, w0 = cpu_seconds(pid), time.perf_counter()
    sent: dict[str, float] = {}
    rtts: list[float] = []
    published = {r: 0 for r in members}  # events published per room, acknowledged
    delivered = [0] * n
    bad: list[str] = []
    rss_samples = []
    next_ping = [w0 + (i % 1000) / 1000 for i in range(n)]
    next_pub = [w0 + every * i / n for i in range(n)]
    end = w0 + seconds
    ping_signers = [P.Signer(p.bundle["user_id"], p.key) for p in peers]
    next_sample = w0
    while (now := time.perf_counter()) < end:
        for i in range(n):
            if now >= next_ping[i]:
                next_ping[i] = now + 1.0
                socks[i].send_multipart(ping_signers[i].frames(P.Ping(t=time.time())))
            if now >= next_pub[i]:
                next_pub[i] = now + every
                cmid = P.new_id()
                sent[cmid] = time.perf_counter()
                peers[i].send(P.Publish(room=room_of[i], kind="chat", body={"text": "ok", "i": i},
                                        client_msg_id=cmid))
        for s, _ in poller.poll(5):
            i = index[s]
            while True:
                try:
                    frames = s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                if not hmac.compare_digest(P.sign(peers[i].key, frames[1:]), frames[0]):
                    bad.append(f"station {i}: bad signature")
                    continue
                header = P.peek_header(frames)
                dec = _LITE.get(header.type)
                if dec is None:
                    continue
                msg = dec.decode(frames[2])
                acks = [msg] if header.type == "ack" else ([] if header.type == "event" else msg.acks)
                evs = [msg] if header.type == "event" else ([] if header.type == "ack" else msg.events)
                t = time.perf_counter()
                for a in acks:
                    t_sent = sent.pop(a.client_msg_id, None)
                    if t_sent is not None:
                        rtts.append((t - t_sent) * 1000)
                        published[room_of[i]] += 1
                delivered[i] += len(evs) + len(acks)  # "ack-events": a publisher's own event is its ack
        if now >= next_sample:
            next_sample = now + 1.0
            rss_samples.append(memory_mb(pid)[0])
    # let the last deliveries arrive
    drain_end = time.perf_counter() + 5
    while sent and time.perf_counter() < drain_end:
        for s, _ in poller.poll(50):
            i = index[s]
            while True:
                try:
                    frames = s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                header = P.peek_header(frames)
                dec = _LITE.get(header.type)
                if dec is None:
                    continue
                msg = dec.decode(frames[2])
                acks = [msg] if header.type == "ack" else ([] if header.type == "event" else msg.acks)
                evs = [msg] if header.type == "event" else ([] if header.type == "ack" else msg.events)
                for a in acks:
                    if sent.pop(a.client_msg_id, None) is not None:
                        published[room_of[i]] += 1
                delivered[i] += len(evs) + len(acks)
    wall = time.perf_counter() - w0
    cpu = cpu_seconds(pid) - cpu0
    rss, hwm = memory_mb(pid)
    expected = sum(published[room_of[i]] for i in range(n))
    for p in peers:
        p.close()
    ctx.term()
    return {"enrol_s": t_enrol, "join_s": t_join, "cpu_pct": cpu / wall * 100, "rss_mb": max(rss_samples + [rss]),
            "hwm_mb": hwm, "rtts": rtts, "published": sum(published.values()), "unacked": len(sent),
            "deliveries_s": sum(delivered) / wall, "missing": expected - sum(delivered), "bad": bad}


def _raw_relay(port_q, n: int) -> None:
    ctx = zmq.Context()
    ctx.setsockopt(zmq.MAX_SOCKETS, n + 64)
    r = ctx.socket(zmq.ROUTER)
    r.setsockopt(zmq.SNDHWM, 100_000)
    r.setsockopt(zmq.RCVHWM, 100_000)
    port_q.put(r.bind_to_random_port("tcp://127.0.0.1"))
    rooms: dict[bytes, list[bytes]] = {}
    room_of: dict[bytes, bytes] = {}
    while True:
        ident, kind, room, payload = r.recv_multipart()
        if kind == b"join":
            rooms.setdefault(room, []).append(ident)
            room_of[ident] = room
            r.send_multipart([ident, b"joined", room, b""])
        elif kind == b"ping":
            r.send_multipart([ident, b"pong", room, payload])
        elif kind == b"pub":
            r.send_multipart([ident, b"ack", room, payload])
            for m in rooms.get(room, ()):
                if m != ident:
                    r.send_multipart([m, b"event", room, payload])
        elif kind == b"stop":
            return


def run_raw_load(n: int, rooms: int, seconds: float, every: float) -> dict:
    q = mp.Queue()
    proc = mp.Process(target=_raw_relay, args=(q, n), daemon=True)
    proc.start()
    port = q.get(timeout=30)
    ctx = zmq.Context(io_threads=1)
    ctx.setsockopt(zmq.MAX_SOCKETS, n + 64)
    socks = []
    for i in range(n):
        s = ctx.socket(zmq.DEALER)
        s.setsockopt(zmq.LINGER, 0)
        s.connect(f"tcp://127.0.0.1:{port}")
        socks.append(s)
    room_of = [f"load-{i % rooms}".encode() for i in range(n)]
    for s, r in zip(socks, room_of):
        s.send_multipart([b"join", r, b""])
    for s in socks:
        s.recv_multipart()
    index = {s: i for i, s in enumerate(socks)}
    poller = zmq.Poller()
    for s in socks:
        poller.register(s, zmq.POLLIN)
    cpu0, w0 = cpu_seconds(proc.pid), time.perf_counter()
    sent: dict[bytes, float] = {}
    rtts = []
    delivered = 0
    next_ping = [w0 + (i % 1000) / 1000 for i in range(n)]
    next_pub = [w0 + every * i / n for i in range(n)]
    end, k = w0 + seconds, 0
    while (now := time.perf_counter()) < end:
        for i in range(n):
            if now >= next_ping[i]:
                next_ping[i] = now + 1.0
                socks[i].send_multipart([b"ping", room_of[i], b""])
            if now >= next_pub[i]:
                next_pub[i] = now + every
                k += 1
                key = str(k).encode()
                sent[key] = time.perf_counter()
                socks[i].send_multipart([b"pub", room_of[i], key])
        for s, _ in poller.poll(5):
            while True:
                try:
                    kind, _room, payload = s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                if kind == b"ack":
                    t_sent = sent.pop(payload, None)
                    if t_sent is not None:
                        rtts.append((time.perf_counter() - t_sent) * 1000)
                    delivered += 1
                elif kind == b"event":
                    delivered += 1
    wall = time.perf_counter() - w0
    cpu = cpu_seconds(proc.pid) - cpu0
    socks[0].send_multipart([b"stop", b"", b""])
    proc.join(5)
    if proc.is_alive():
        proc.kill()
    for s in socks:
        s.close()
    ctx.term()
    return {"cpu_pct": cpu / wall * 100, "rtts": rtts, "deliveries_s": delivered / wall}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stations", type=int, default=1000)
    ap.add_argument("--rooms", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=30.0, help="length of the steady phase")
    ap.add_argument("--publish-every", type=float, default=10.0, help="seconds between a station's publishes")
    args = ap.parse_args(argv)
    n, rooms = args.stations, args.rooms
    with tempfile.TemporaryDirectory() as d:
        hub = start_local_hub(Path(d) / "hub")
        try:
            ours = run_hub_load(hub, n, rooms, args.seconds, args.publish_every)
        finally:
            hub.stop()
    ref = run_raw_load(n, rooms, args.seconds, args.publish_every)
    rate = n / args.publish_every
    print(f"{n} simulated workstations in {rooms} rooms on loopback, each pinging every 1 s and publishing every "
          f"{args.publish_every:g} s ({rate:.0f} events/s, each to {n // rooms} members); steady phase {args.seconds:g} s")
    print(f"  enrol {n} users {ours['enrol_s']:.1f} s; connect (CURVE), Hello and join all {ours['join_s']:.1f} s")
    r = ours["rtts"]
    print(f"  silkbridge hub : publish -> ack p50 {pct(r, 50):6.2f} ms  p99 {pct(r, 99):6.2f} ms; "
          f"hub CPU {ours['cpu_pct']:5.1f} % of a core; RSS {ours['rss_mb']:.0f} MB (peak {ours['hwm_mb']:.0f} MB); "
          f"{ours['deliveries_s']:.0f} deliveries/s; {ours['published']} events acknowledged, "
          f"{ours['unacked']} not, {ours['missing']} deliveries missing")
    r = ref["rtts"]
    print(f"  raw pyzmq relay: publish -> ack p50 {pct(r, 50):6.2f} ms  p99 {pct(r, 99):6.2f} ms; "
          f"relay CPU {ref['cpu_pct']:5.1f} % of a core; {ref['deliveries_s']:.0f} deliveries/s "
          f"(no CURVE, signing, store or presence)")
    if ours["bad"]:
        print(f"  BROKEN: {ours['bad'][:5]}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
