"""Benchmark of the hub link on loopback, beside raw pyzmq measured in the same run.

1. Round trip: a LinkClient publishes a small room event and waits for its own RoomEvent back
   (client outbox commit + CURVE + HMAC + hub store commit, fsynced + ack + fan-out + client store
   commit). The same round trip on a hub with ``durable_commit = false`` shows what the fsync costs.
   Reference: a raw pyzmq DEALER -> ROUTER echo (no CURVE, no signing, no persistence).
2. Relay: a room of 20 members, 4 of which publish as fast as the hub accepts (at most 256
   unacknowledged publishes each); events/s until EVERY member has EVERY event. Each member is a
   raw CURVE DEALER that verifies every signature and asserts it got each event once, in seq
   order (so this measures the hub, not 20 LinkClient SQLite stores in one process). The members
   announce the "bundles" feature: under load the hub sends each member one RoomEvents message
   per drained batch. The goal (>= 20,000 events/s) counts EVENTS, each delivered to all 20
   members (deliveries/s = 20 x events/s is printed too).
   Reference: a raw pyzmq ROUTER process relaying each message to 20 DEALERs, one zmq message per
   delivery (no CURVE, no signing, no store, no acks), counted frame by frame.
3. Resume flood: 10 connections ask a 2 MB room's whole log 100 times each and never read; the hub's
   peak resident memory beside its memory before the flood, and a good client's round trip meanwhile.

    .venv/bin/python benchmarks/bench_link.py [--quick] [--relay-only] [--receivers 20] [--publishers 4]
"""

from __future__ import annotations

import argparse
import hmac
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import msgspec
import zmq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from comms import protocol as P  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.local import RawPeer, start_local_hub  # noqa: E402


def cpu_seconds(pid: int) -> float:
    """user+system CPU time of a process (Linux /proc), to report the hub's cost per event even
    when other processes share the cores."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


def fsync_floor(folder: Path, n: int) -> list[float]:
    """ms per append + fsync of 100 bytes on the disk that holds the hub's store: the floor under a
    durable acknowledgement."""
    out = []
    with open(folder / "fsync-probe", "ab") as f:
        for _ in range(n):
            t0 = time.perf_counter()
            f.write(b"x" * 100)
            f.flush()
            os.fsync(f.fileno())
            out.append((time.perf_counter() - t0) * 1000)
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


def _count_until(socks, total_each: int, done: threading.Event, counts: list[int]) -> None:
    """Count frames on raw sockets (owned by this thread) until each has ``total_each``."""
    poller = zmq.Poller()
    for s in socks:
        poller.register(s, zmq.POLLIN)
    while min(counts) < total_each:
        for s, _ in poller.poll(200):
            i = socks.index(s)
            while True:
                try:
                    s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                counts[i] += 1
    done.set()


# The relay members verify every signature but decode only what they check (msgspec skips the rest).
class _Ev(msgspec.Struct):
    room: str
    seq: int


class _AckLite(msgspec.Struct):
    client_msg_id: str
    room_seq: int


class _Bundle(msgspec.Struct):
    events: list[_Ev] = []
    acks: list[_AckLite] = []


_LITE = {"event": msgspec.msgpack.Decoder(_Ev), "events": msgspec.msgpack.Decoder(_Bundle),
         "ack": msgspec.msgpack.Decoder(_AckLite)}


def link_relay(hub, n_members: int, n_publishers: int, n_events: int, window: int, batch: int = 1,
               tag: str = "") -> dict:
    """``n_publishers`` of the ``n_members`` publish ``n_events`` in total as fast as the hub accepts
    them (at most ``window`` unacknowledged each); every member must receive every event once, in
    seq order (asserted). Members are raw CURVE peers announcing the "bundles" feature.
    ``batch`` > 1: a publisher sends what its window allows as Publishes messages of up to
    ``batch`` items (what a LinkClient does with publishes queued while its I/O thread is busy)."""
    ctx = zmq.Context()
    room = f"relay-{batch}-{tag}"
    members = [RawPeer(hub.enrol(f"Bench Member {i}", "specialist"), ctx) for i in range(n_members)]
    for m in members:
        m.send(P.Hello(features=list(P.FEATURES)))
        assert m.recv_type(P.Welcome) is not None
        m.send(P.JoinRoom(room=room))
        assert m.recv_type(P.Joined) is not None
    time.sleep(0.3)
    for m in members:  # drain presence updates
        while m.sock.poll(50):
            m.sock.recv_multipart()
    pubs = members[:n_publishers]
    todo = [[P.Publish(room=room, kind="cursor", body={"i": i, "p": [1.0, 2.0, 3.0]}, client_msg_id=P.new_id())
             for i in range(j, n_events, n_publishers)] for j, p in enumerate(pubs)]
    if batch == 1:  # prebuilt, signed frames: the publishers cost as little as possible
        todo = [[p.signer.frames(item) for item in t] for t, p in zip(todo, pubs)]
    todo = [list(reversed(t)) for t in todo]
    # pings from another signing session: their seqs must not overtake the prebuilt publishes
    pingers = [P.Signer(m.bundle["user_id"], m.key) for m in members]
    inflight = [0] * n_publishers
    last = [0] * n_members  # every seq up to last[i] received by member i
    pending: list[set[int]] = [set() for _ in range(n_members)]  # received beyond a gap
    bad: list[str] = []
    socks = [m.sock for m in members]
    index = {s: i for i, s in enumerate(socks)}
    keys = [m.key for m in members]
    poller = zmq.Poller()
    for s in socks:
        poller.register(s, zmq.POLLIN)
    messages = 0
    cpu0 = cpu_seconds(hub.pid)
    t0 = time.perf_counter()
    next_ping = time.monotonic() + 1.0
    deadline = time.monotonic() + 120
    while min(last) < n_events:
        for j, p in enumerate(pubs):  # keep each publisher's window full
            t, sock = todo[j], p.sock
            if batch == 1:
                while t and inflight[j] < window:
                    sock.send_multipart(t.pop())
                    inflight[j] += 1
            else:
                while t and inflight[j] < window:
                    k = min(batch, window - inflight[j], len(t))
                    items = [t.pop() for _ in range(k)]
                    sock.send_multipart(p.signer.frames(items[0] if k == 1 else P.Publishes(items=items)))
                    inflight[j] += k
        for s, _ in poller.poll(100):
            i = index[s]
            while True:
                try:
                    frames = s.recv_multipart(zmq.NOBLOCK)
                except zmq.Again:
                    break
                messages += 1
                header = P.peek_header(frames)
                if not hmac.compare_digest(P.sign(keys[i], frames[1:]), frames[0]):
                    bad.append(f"member {i}: bad signature")
                    continue
                dec = _LITE.get(header.type)
                if dec is None:
                    continue  # presence, pong
                msg = dec.decode(frames[2])
                # "ack-events": a publisher gets no copy of its own events, their acks carry the seq
                if header.type == "ack":
                    evs, acks = [], [msg]
                elif header.type == "event":
                    evs, acks = [msg], []
                else:
                    evs, acks = msg.events, msg.acks
                if acks:  # only publishers get acks
                    inflight[i] -= len(acks)
                seqs = [ev.seq for ev in evs]
                if seqs != sorted(seqs):
                    bad.append(f"member {i}: events out of order {seqs[:5]}...")
                held = pending[i]
                for seq in seqs + [a.room_seq for a in acks]:  # each event once, none missing
                    if seq <= last[i] or seq in held:
                        bad.append(f"member {i}: seq {seq} twice")
                    held.add(seq)
                while last[i] + 1 in held:
                    held.discard(last[i] + 1)
                    last[i] += 1
        now = time.monotonic()
        if now > next_ping:
            next_ping = now + 1.0
            for m, pinger in zip(members, pingers):
                m.sock.send_multipart(pinger.frames(P.Ping(t=now)))
        if now > deadline:
            bad.append(f"timeout: members reached seqs {last}, holding {[sorted(h)[:3] for h in pending]}")
            break
    dt = time.perf_counter() - t0
    cpu = cpu_seconds(hub.pid) - cpu0
    for m in members:
        m.close()
    ctx.term()
    if bad:
        raise AssertionError(f"relay delivery broken: {bad[:5]}")
    assert last == [n_events] * n_members, last
    return {"events_s": n_events / dt, "deliveries_s": n_events * n_members / dt,
            "messages_per_member": messages / n_members, "hub_cpu_us": cpu / n_events * 1e6}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _joined(hub, name: str, room: str, ctx) -> RawPeer:
    peer = RawPeer(hub.enrol(name, "specialist"), ctx)
    peer.send(P.Hello(features=list(P.FEATURES)))
    if peer.recv_type(P.Welcome) is None:
        raise RuntimeError(f"{name} was not welcomed")
    peer.send(P.JoinRoom(room=room))
    if peer.recv_type(P.Joined) is None:
        raise RuntimeError(f"{name} could not join {room}")
    return peer


def resume_flood(hub, tmp: Path, attackers: int = 10, resumes: int = 100) -> dict:
    """A 2 MB room (1,000 events of 2 KB); ``attackers`` connections ask Resume(after_seq=0)
    ``resumes`` times each and never read the answers. The hub's resident memory is sampled
    throughout (its baseline before the flood is the reference); a good client's publish round
    trip is measured meanwhile."""
    ctx = zmq.Context()
    room = "consult-flood"
    writer = _joined(hub, "Flood Writer", room, ctx)
    text = "x" * 2000
    for i in range(0, 1000, 100):
        writer.send(P.Publishes(items=[P.Publish(room=room, kind="chat", body={"t": text}, client_msg_id=f"w{j}")
                                       for j in range(i, i + 100)]))
    last = 0
    while last < 1000:
        got = writer.recv(10)
        if got is None:
            raise RuntimeError("the 2 MB room was not acknowledged")
        acks = [got[1]] if isinstance(got[1], P.Ack) else getattr(got[1], "acks", [])
        last = max([last] + [a.room_seq for a in acks])  # "bundles": acks ride in RoomEvents
    writer.close()
    pid = hub.pid
    base = peak = _rss_mb(pid)
    bad = [_joined(hub, f"Flood {i}", room, ctx) for i in range(attackers)]
    good = LinkClient(hub.enrol("Flood Good", "specialist"), tmp / "flood-good").start()
    acked: dict[str, float] = {}
    good.acked.connect(lambda cmid, seq: acked.setdefault(cmid, time.perf_counter()))
    good.join("consult-quiet")
    deadline = time.monotonic() + 10
    while good.room_role("consult-quiet") is None and time.monotonic() < deadline:
        time.sleep(0.01)
    rtts = []
    try:
        for round_ in range(10):
            for a in bad:
                for _ in range(resumes // 10):
                    a.send(P.Resume(room=room, after_seq=0))
            t0 = time.perf_counter()
            cmid = good.publish("consult-quiet", "chat", {"n": round_})
            end = time.monotonic() + 10
            while cmid not in acked and time.monotonic() < end:
                peak = max(peak, _rss_mb(pid))
                time.sleep(0.002)
            rtts.append(((acked.get(cmid) or time.perf_counter()) - t0) * 1000)
            peak = max(peak, _rss_mb(pid))
        for _ in range(50):  # the hub's queues at their fullest
            peak = max(peak, _rss_mb(pid))
            time.sleep(0.02)
    finally:
        for a in bad:
            a.close()
        good.stop()
        ctx.term()
    return {"base_mb": base, "peak_mb": peak, "rtt_max_ms": max(rtts), "rtt_p50_ms": statistics.median(rtts)}


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
    ap.add_argument("--relay-only", action="store_true", help="skip the round-trip measurement")
    ap.add_argument("--receivers", type=int, default=20, help="members of the relay room")
    ap.add_argument("--publishers", type=int, default=4, help="members that publish")
    ap.add_argument("--window", type=int, default=256, help="unacknowledged publishes per publisher")
    ap.add_argument("--batch", type=int, default=64, help="largest Publishes message of the coalescing run")
    ap.add_argument("--repeat", type=int, default=0, help="relay runs per mode, median reported (default 3, quick 1)")
    args = ap.parse_args(argv)
    n_rtt = 500 if args.quick else 2000
    n_relay = 10000 if args.quick else 40000
    n_ref = 2000 if args.quick else 10000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        hub = start_local_hub(tmp / "hub")
        try:
            ours = None if args.relay_only else link_rtt(hub, tmp, n_rtt)
            repeat = args.repeat or (1 if args.quick else 3)
            runs, runs_b = [], []
            for r in range(repeat):  # alternate the modes: both see the same background load
                runs.append(link_relay(hub, args.receivers, args.publishers, n_relay, args.window, 1, str(r)))
                runs_b.append(link_relay(hub, args.receivers, args.publishers, n_relay, args.window, args.batch,
                                         str(r)))
            flood = resume_flood(hub, tmp)
            relay = sorted(runs, key=lambda x: x["events_s"])[len(runs) // 2]
            relay_b = sorted(runs_b, key=lambda x: x["events_s"])[len(runs_b) // 2]
        finally:
            hub.stop()
        fast = None
        if not args.relay_only:  # the cost of durability: the same round trip without the fsync per batch
            (tmp / "hub-nosync").mkdir()
            (tmp / "hub-nosync" / "hub.toml").write_text("durable_commit = false\n")
            hub2 = start_local_hub(tmp / "hub-nosync")
            try:
                fast = link_rtt(hub2, tmp / "nosync", n_rtt)
            finally:
                hub2.stop()
        floor = None if args.relay_only else fsync_floor(tmp, 200)
    ref = None if args.relay_only else raw_rtt(n_rtt)
    ref_relay = raw_relay(args.receivers, n_ref)
    if ours is not None:
        p50, p99, r50, r99 = pct(ours, 50), pct(ours, 99), pct(ref, 50), pct(ref, 99)
        print(f"round trip publish -> own RoomEvent, {n_rtt} events (ms)")
        print(f"  silkbridge link : p50 {p50:7.3f}  p99 {p99:7.3f}  mean {statistics.fmean(ours):7.3f}")
        print(f"  raw pyzmq echo  : p50 {r50:7.3f}  p99 {r99:7.3f}  mean {statistics.fmean(ref):7.3f}")
        print(f"  cost of durability (hub with durable_commit = false: no fsync before the ack): "
              f"p50 {pct(fast, 50):7.3f}  p99 {pct(fast, 99):7.3f}")
        print(f"  disk floor: one append + fsync on the store's disk: p50 {pct(floor, 50):7.3f}  p99 {pct(floor, 99):7.3f}")
        print(f"  ratio (ours/raw): p50 {p50 / r50:5.1f}x  p99 {p99 / r99:5.1f}x   goal p99 < 2 ms: "
              f"{'met' if p99 < 2 else 'NOT met'}")
    ours_relay, n = relay["events_s"], args.receivers
    print(f"relay to a room of {n} members ({args.publishers} publishing; every member got every event "
          f"once, in order: checked); median of {len(runs)} runs per mode")
    each = ", ".join(f"{x['events_s']:.0f}" for x in runs)
    each_b = ", ".join(f"{x['events_s']:.0f}" for x in runs_b)
    print(f"  (each run, events/s: {each} | coalescing: {each_b})")
    print(f"  silkbridge hub  : {ours_relay:9.0f} events/s  ({relay['deliveries_s']:9.0f} deliveries/s; "
          f"{n_relay} events, {relay['messages_per_member']:.0f} messages per member)")
    print(f"  hub CPU per event: {relay['hub_cpu_us']:.1f} us (all hub threads), i.e. "
          f"{1e6 / relay['hub_cpu_us']:.0f} events/s per fully busy core")
    print(f"  same, publishers coalescing up to {args.batch} publishes per message (LinkClient under load):")
    print(f"  silkbridge hub  : {relay_b['events_s']:9.0f} events/s  ({relay_b['deliveries_s']:9.0f} deliveries/s; "
          f"{relay_b['messages_per_member']:.0f} messages per member); hub CPU per event {relay_b['hub_cpu_us']:.1f} us")
    print(f"  raw pyzmq relay : {ref_relay:9.0f} events/s  ({ref_relay * n:9.0f} deliveries/s; {n_ref} events, "
          f"one message per delivery)")
    print(f"Resume flood: 10 connections x 100 Resume(after_seq=0) of a 2 MB room, answers never read")
    print(f"  hub resident memory: {flood['base_mb']:.0f} MB before (reference), peak {flood['peak_mb']:.0f} MB "
          f"(+{flood['peak_mb'] - flood['base_mb']:.0f} MB); goal peak < 256 MB: "
          f"{'met' if flood['peak_mb'] < 256 else 'NOT met'}")
    print(f"  a good client's publish -> ack meanwhile: median {flood['rtt_p50_ms']:.1f} ms, "
          f"max {flood['rtt_max_ms']:.1f} ms")
    best = max(ours_relay, relay_b["events_s"])
    print(f"  ratio (ours/raw): {ours_relay / ref_relay:5.2f} one publish per message, "
          f"{relay_b['events_s'] / ref_relay:5.2f} coalescing")
    print(f"  goal >= 20000 events/s, each to all {n} members (= {20000 * n} deliveries/s): "
          f"{'met' if best >= 20000 else 'NOT met'} (best {best:.0f} events/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
