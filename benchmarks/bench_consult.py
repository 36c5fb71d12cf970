"""Benchmark of the MDT consult's state link: how fast a follower's view follows the presenter,
and how many bytes a consult's state traffic costs, each beside a reference measured in the same run.

Set-up (logic level, no Qt): a real hub process; a presenter station (coordinator role) and two
follower stations, each a LinkClient + ConsultSession in this process. Every station reaches the
hub through its own LinkEmulator, so the bytes each one sends and receives are counted:

* presenter  -> PROFILES["loopback"] emulator (no impairment; the presenter is at the hub hospital)
* follower L -> PROFILES["loopback"] emulator (a follower on loopback)
* follower X -> PROFILES["cross-border"] emulator (150 ms each way, +/-30 ms jitter, 2 Mbit/s,
  2 % loss as 200-400 ms holds): a partner hospital.

The state path is presenter -> hub -> follower: only the follower's hop crosses the emulated link
(the hub and the presenter are both in Nanning), so the reference is ONE one-way link latency.

1. View latency: the presenter scrolls N times (``publish_view`` with a new ``position``, spaced
   200 ms so the 20/s throttle never merges two); for each change, the time from the call to the
   moment each follower's ConsultState applies exactly that view (``state.view_changed`` callback,
   matched by value). Both followers are in the consult at the same time and measured on the same
   changes. Then the same with a 2 s stall (``link.cut(2.0)``) of the cross-border link in the
   middle: how long after the stall ends the follower holds the presenter's latest view.
   Reference ("link latency"): half the median round trip of a raw TCP echo (no ZeroMQ, no hub)
   through a LinkEmulator with the identical profile, measured in the same run.
2. Traffic: a busy minute of a consult (compressed to ``--traffic-seconds`` of wall time; rates are
   per second, so kB/min = 60 x kB/s): continuous scrolling (a wheel event every 30 ms, throttled
   by the session to 20 views/s), two window/level drags, a 3-D camera rotation, the laser pointer
   at ~33 Hz (throttled to 20/s), annotations and chat lines. Bytes are what crosses each
   participant's emulated link (up + down, ZeroMQ/CURVE framing and heartbeats included).
   Reference: the same links idle (heartbeats only) and the goal of 10 kB/s.

    .venv/bin/python benchmarks/bench_consult.py [--quick] [--full]
"""

from __future__ import annotations

import argparse
import math
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import comms.consult  # noqa: E402
from comms import protocol as P  # noqa: E402
from comms.client import LinkClient  # noqa: E402
from comms.consult import ConsultSession, Profile, new_consult_id  # noqa: E402
from comms.linkemu import PROFILES, LinkEmulator  # noqa: E402
from comms.local import start_local_hub  # noqa: E402
from workstation.annotations import Annotation, add_op  # noqa: E402
from workstation.deid import Deidentifier  # noqa: E402
from workstation.phantom import write_phantom_series  # noqa: E402

GOAL_EXCESS_MS = 50.0
GOAL_KBPS = 10.0
ECHO_BYTES = 256  # about one consult.view message on the wire


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q / 100 * (len(xs) - 1))))]


def wait_for(cond, timeout=30.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.01)
    raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")


def key(position) -> tuple:
    return tuple(round(float(v), 3) for v in position)


# ---------------------------------------------------------------------------- stations
class Station:
    def __init__(self, hub, tmp: Path, name: str, role: str, hospital: str, country: str, language: str,
                 profile_name: str, seed: int):
        host, port = hub.address.rsplit("//", 1)[1].rsplit(":", 1)
        self.link = LinkEmulator(host, int(port), profile=PROFILES[profile_name], seed=seed).start()
        self.profile_name = profile_name
        bundle = hub.enrol(name, role=role, hospital=hospital, country=country, language=language)
        self.bundle = dict(bundle, hub_address=f"tcp://127.0.0.1:{self.link.port}")
        self.dir = tmp / name.replace(" ", "_")
        self.client = LinkClient(self.bundle, self.dir / "link")
        self.client.start()
        self.profile = Profile.from_bundle(self.bundle)
        self.session: ConsultSession | None = None
        # what this station's ConsultState applied: view position -> perf_counter time
        self.applied: dict[tuple, float] = {}
        self.views = 0
        self.pointer_moves = 0

    def open(self, room: str) -> ConsultSession:
        self.session = ConsultSession(self.client, room, self.profile, self.dir / "consults")
        self.session.state.view_changed.connect(self._on_view)
        self.session.state.pointer_moved.connect(self._on_pointer)
        return self.session

    def _on_view(self, followed) -> None:  # on the LinkClient's I/O thread, as the state applies it
        now = time.perf_counter()
        self.views += 1
        pos = followed.view.get("position")
        if pos is not None:
            self.applied.setdefault(key(pos), now)

    def _on_pointer(self, user) -> None:
        self.pointer_moves += 1

    def bytes(self) -> int:
        s = self.link.stats
        return s.bytes_up + s.bytes_down

    def stop(self) -> None:
        if self.session is not None:
            self.session.close()
        self.client.stop()
        self.link.stop()


# ---------------------------------------------------------------------------- reference: raw TCP echo
def raw_echo_one_way(profile_name: str, n: int, seed: int) -> list[float]:
    """One-way latency (ms) = round trip / 2 of a raw TCP echo through a LinkEmulator with the
    given profile (no ZeroMQ, no hub)."""
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]

    def serve():
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with conn:
            try:
                while data := conn.recv(65536):
                    conn.sendall(data)
            except OSError:  # the emulator resets its connections when it stops
                pass

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    out = []
    with LinkEmulator("127.0.0.1", port, profile=PROFILES[profile_name], seed=seed) as link:
        c = socket.create_connection(("127.0.0.1", link.port))
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        msg = b"x" * ECHO_BYTES
        warm = 3
        for i in range(n + warm):
            t0 = time.perf_counter()
            c.sendall(msg)
            got = 0
            while got < len(msg):
                chunk = c.recv(65536)
                if not chunk:
                    raise RuntimeError("echo connection closed")
                got += len(chunk)
            if i >= warm:
                out.append((time.perf_counter() - t0) * 1000 / 2)
            time.sleep(0.02)
        c.close()
    t.join(5)
    srv.close()
    return out


def raw_stall_catch_up(profile_name: str, n: int, cut_at: int, seconds: float, seed: int) -> float:
    """Reference for the stall: a raw one-way TCP stream (a 64-byte record every 200 ms, no ZeroMQ,
    no hub) through a LinkEmulator with the same profile, cut for ``seconds`` after record
    ``cut_at``; returns ms from the end of the stall to the arrival of the last record sent before
    it ended (both ends in this process: one clock)."""
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]
    arrived: dict[int, float] = {}

    def serve():
        conn, _ = srv.accept()
        buf = b""
        with conn:
            try:
                while data := conn.recv(65536):
                    buf += data
                    while len(buf) >= 64:
                        arrived[int(buf[:64].strip())] = time.perf_counter()
                        buf = buf[64:]
            except OSError:
                pass

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    sent = []
    with LinkEmulator("127.0.0.1", port, profile=PROFILES[profile_name], seed=seed) as link:
        c = socket.create_connection(("127.0.0.1", link.port))
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        end = None
        for i in range(n):
            sent.append(time.perf_counter())
            c.sendall(str(i).encode().rjust(64))
            if i == cut_at:
                link.cut(seconds)
                end = time.perf_counter() + seconds
            time.sleep(0.2)
        wait_for(lambda: n - 1 in arrived, what="the raw stream's last record")
        c.close()
    t.join(5)
    srv.close()
    last = max(i for i, t0 in enumerate(sent) if t0 < end)
    return (arrived[last] - end) * 1000


# ---------------------------------------------------------------------------- 1. latency
def scroll_latency(presenter: Station, followers: list[Station], case: str, series: str, n: int,
                   base_z: float, spacing: float = 0.2, during=None) -> dict:
    """The presenter scrolls ``n`` times; returns {"sent": [(position key, t0)], per follower name: [ms]}."""
    sent = []
    for i in range(n):
        pos = [12.5, -40.25, base_z + 0.5 * i]
        t0 = time.perf_counter()
        presenter.session.publish_view(case, series, {"position": pos})
        sent.append((key(pos), t0))
        if during is not None:
            during(i, t0)
        time.sleep(spacing)
    last = sent[-1][0]
    for f in followers:
        wait_for(lambda f=f: last in f.applied, timeout=30, what=f"{f.profile.name} to apply the last view")
    result = {"sent": sent}
    for f in followers:
        missing = [k for k, _ in sent if k not in f.applied]
        if missing:
            raise RuntimeError(f"{f.profile.name} never applied {len(missing)} of the {n} views, e.g. {missing[0]}")
        result[f.profile.name] = [(f.applied[k] - t0) * 1000 for k, t0 in sent]
    return result


# ---------------------------------------------------------------------------- 2. traffic
def busy_minute(presenter: Station, case: str, series: str, seconds: float, sample) -> dict:
    """Drive a busy stretch of a consult for ``seconds`` of wall time; returns what was done, and
    ``sample()`` taken at the start and at each change of activity (scroll, 3-D, pointer, end)."""
    s = presenter.session
    tick = 0.030
    counts = {"wheel": 0, "window_level": 0, "camera": 0, "pointer": 0, "annotation": 0, "chat": 0}
    chats = {0.10: "Please look at segment VI.", 0.40: "Xin chào, đây là tổn thương gan 2 cm.",
             0.70: "ສະບາຍດີ, ພວກເຮົາເຫັນຄືກັນ.", 0.90: "Agreed: MRI with contrast, follow-up 3 months."}
    notes = (0.30, 0.55, 0.82)
    done_chat, done_note = set(), set()
    z, window, level, angle = -60.0, 400.0, 40.0, 0.0
    samples = [sample()]
    phase_ends = [0.60, 0.75]
    t_start = time.perf_counter()
    next_tick = t_start
    while True:
        now = time.perf_counter()
        f = (now - t_start) / seconds
        if phase_ends and f >= phase_ends[0]:
            phase_ends.pop(0)
            samples.append(sample())
        if f >= 1.0:
            break
        if f < 0.60:  # scrolling through the liver, a wheel event every 30 ms
            z += 0.5
            changes = {"position": [12.5, -40.25, z]}
            counts["wheel"] += 1
            if 0.15 <= f < 0.22 or 0.45 <= f < 0.52:  # window/level drags while scrolling
                window += 3.0
                level -= 1.0
                changes.update(window=window, level=level)
                counts["window_level"] += 1
            s.publish_view(case, series, changes)
        elif f < 0.75:  # rotating the 3-D view
            angle += 0.05
            r = 600.0
            s.publish_view(case, series, {"camera": {
                "position": [r * math.cos(angle), r * math.sin(angle), 50.0], "focal_point": [0.0, 0.0, 0.0],
                "view_up": [0.0, 0.0, 1.0], "parallel_scale": 180.0}})
            counts["camera"] += 1
        else:  # the laser pointer on the axial view, ~33 Hz
            s.point(case, "axial", [10.0 * math.cos(now * 3), 10.0 * math.sin(now * 3) - 40.0, z])
            counts["pointer"] += 1
        for at, text in chats.items():
            if f >= at and at not in done_chat:
                done_chat.add(at)
                s.chat(text)
                counts["chat"] += 1
        for at in notes:
            if f >= at and at not in done_note:
                done_note.add(at)
                a = Annotation(kind="length", points=[[-30.0, -40.0, z], [-10.0 + at, -40.0, z]],
                               owner=presenter.profile.user_id, series_uid=series, text=f"lesion {at}")
                s.annotate(case, add_op(a))
                counts["annotation"] += 1
        next_tick += tick
        time.sleep(max(0.0, next_tick - time.perf_counter()))
    samples.append(sample())
    s.point(case, "axial", None)
    s.flush_view()
    counts["elapsed"] = time.perf_counter() - t_start
    counts["samples"] = samples
    return counts


def run(args) -> int:
    n_lat = 20 if args.quick else 60
    n_stall = 25 if args.quick else 35
    n_echo = 20 if args.quick else 60
    traffic_s = args.traffic_seconds or (60.0 if args.full else 10.0 if args.quick else 24.0)
    idle_s = 3.0 if args.quick else 5.0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        hub = start_local_hub(tmp / "hub")
        stations: list[Station] = []
        try:
            pres = Station(hub, tmp, "Dr Chen Coordinator", "coordinator", "Guangxi Medical", "CN", "zh",
                           "loopback", 1)
            fol_l = Station(hub, tmp, "Dr Wei Loopback", "specialist", "Guangxi Medical", "CN", "zh",
                            "loopback", 2)
            fol_x = Station(hub, tmp, "Dr Somchai Crossborder", "specialist", "Mahosot", "LA", "lo",
                            "cross-border", 3)
            stations = [pres, fol_l, fol_x]
            followers = [fol_l, fol_x]
            for st in stations:
                wait_for(lambda st=st: st.client.state in ("online", "degraded"), what=f"{st.profile.name} online")
            room = new_consult_id()
            ps = pres.open(room)
            ps.create("Liver MDT (benchmark)", time.time(),
                      agenda=[{"case_id": "case-1", "title": "Liver lesion", "question": "Biopsy or follow-up?",
                               "referring_hospital": "Guangxi Medical"}],
                      participants=[{"user": s.profile.user_id, "name": s.profile.name,
                                     "hospital": s.profile.hospital} for s in stations])
            for f in followers:
                f.open(room).join()
            sessions = [s.session for s in stations]
            wait_for(lambda: all(sum(a.present for a in x.state.attendance.values()) == 3 for x in sessions),
                     what="attendance")
            phantom = write_phantom_series(tmp / "phantom", size=48, slices=6, spacing=(4.0, 4.0, 8.0))
            shared = ps.share_case("case-1", phantom, Deidentifier(tmp / "reid.sqlite"), title="Liver lesion",
                                   question="Biopsy?", referring_hospital="Guangxi Medical")
            series = shared["series"][0]["series_uid"]
            ps.take_presenter()
            wait_for(lambda: all(x.state.cases["case-1"].shared and x.state.presenter == pres.profile.user_id
                                 for x in sessions), what="case shared and presenter set")
            time.sleep(0.5)

            # 1a. view latency, both followers on the same changes
            lat = scroll_latency(pres, followers, "case-1", series, n_lat, base_z=-100.0)
            # 1b. the same with a 2 s stall of the cross-border link in the middle
            cut_at = n_stall // 3
            stall = {}

            def during(i, t0):
                if i == cut_at:
                    fol_x.link.cut(2.0)
                    stall["end"] = time.perf_counter() + 2.0

            lat_s = scroll_latency(pres, [fol_x], "case-1", series, n_stall, base_z=200.0, during=during)
            before_end = [(k, t0) for k, t0 in lat_s["sent"] if t0 < stall["end"]]
            last_k = before_end[-1][0]
            catch_up = (fol_x.applied[last_k] - stall["end"]) * 1000
            held = [ms for (k, t0), ms in zip(lat_s["sent"], lat_s[fol_x.profile.name])
                    if t0 < stall["end"] and fol_x.applied[k] >= stall["end"]]
            after = [ms for (k, t0), ms in zip(lat_s["sent"], lat_s[fol_x.profile.name]) if t0 >= stall["end"] + 1.0]

            # 2. traffic: idle first (heartbeats only), then a busy consult minute
            time.sleep(0.5)
            b0 = [s.bytes() for s in stations]
            time.sleep(idle_s)
            idle = [(s.bytes() - b) / idle_s / 1000 for s, b in zip(stations, b0)]
            views0 = [f.views for f in followers]
            ptr0 = [f.pointer_moves for f in followers]
            seq0 = fol_x.session.state.last_seq
            b0 = [s.bytes() for s in stations]
            t0 = time.perf_counter()

            def sample():
                return (time.perf_counter(), [st.bytes() for st in stations], fol_x.views, fol_x.pointer_moves)

            counts = busy_minute(pres, "case-1", series, traffic_s, sample)
            wait_for(lambda: all(f.session.state.last_seq == pres.session.state.last_seq for f in followers),
                     what="followers to apply every event")
            time.sleep(0.5)  # the last pointer moves and acks
            dt = time.perf_counter() - t0
            busy = [(s.bytes() - b) / dt / 1000 for s, b in zip(stations, b0)]
            busy_bytes = [s.bytes() - b for s, b in zip(stations, b0)]
            n_events = fol_x.session.state.last_seq - seq0
            views = [f.views - v for f, v in zip(followers, views0)]
            ptrs = [f.pointer_moves - p for f, p in zip(followers, ptr0)]
            last_view = [e for e in fol_x.client.history(room, 0) if e.kind == "consult.view"
                         and set(e.body.get("view", {})) == {"position"}][-1]  # a scroll step
            assert pres.session.state.digest() == fol_l.session.state.digest() == fol_x.session.state.digest(), \
                "participants ended in different states"
        finally:
            for st in stations:
                st.stop()
            hub.stop()
    ref_lo = raw_echo_one_way("loopback", 200 if not args.quick else 100, 11)
    ref_x = raw_echo_one_way("cross-border", n_echo, 12)
    ref_stall = raw_stall_catch_up("cross-border", n_stall, cut_at, 2.0, 13)

    # ------------------------------------------------------------------ report
    def line(label, ms, ref, ref_label):
        p50, p95 = pct(ms, 50), pct(ms, 95)
        r50, r95 = statistics.median(ref), pct(ref, 95)
        ex50 = p50 - r50
        verdict = "met" if ex50 <= GOAL_EXCESS_MS else "NOT met"
        print(f"  view update {label:13s}: p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {max(ms):7.1f} ms | "
              f"{ref_label} one-way p50 {r50:7.2f} ms (p95 of half round trips {r95:7.2f} ms)")
        print(f"  {'':25s} excess over the link p50 {ex50:6.1f} ms   goal <= link + {GOAL_EXCESS_MS:.0f} ms: {verdict}")

    print("MDT consult benchmark: hub process + presenter + 2 followers (LinkClient + ConsultSession, no Qt)")
    print("  state path presenter -> hub -> follower; the presenter and the hub are on loopback (the presenter")
    print("  behind a zero-delay LinkEmulator, only to count its bytes); only the follower's hop crosses the")
    print("  emulated link, so the reference is ONE one-way link latency (half a raw TCP echo round trip through")
    print(f"  an identical LinkEmulator, {ECHO_BYTES}-byte messages, no ZeroMQ, no hub).")
    print(f"1. presenter's scroll -> follower's ConsultState applied that view ({n_lat} changes, 200 ms apart; "
          "both followers on the same changes)")
    line("loopback", lat[fol_l.profile.name], ref_lo, "raw loopback")
    line("cross-border", lat[fol_x.profile.name], ref_x, "raw cross-border")
    print(f"  cross-border with a 2.0 s stall (link.cut) after change {cut_at} of {n_stall}:")
    print(f"    follower held the presenter's latest view {catch_up:6.1f} ms after the stall ended | raw TCP stream "
          f"through the same cut: last record {ref_stall:6.1f} ms after | excess {catch_up - ref_stall:6.1f} ms "
          f"(goal <= {GOAL_EXCESS_MS:.0f} ms: {'met' if catch_up - ref_stall <= GOAL_EXCESS_MS else 'NOT met'})")
    print("    (the emulator keeps propagating during a stall: what was sent more than one delay before its end "
          "comes out as soon as it ends)")
    print(f"    {len(held)} changes made during the stall arrived after it, latencies "
          f"{min(held):.0f}..{max(held):.0f} ms; changes from 1 s after the stall: p50 "
          f"{pct(after, 50):.1f} ms p95 {pct(after, 95):.1f} ms (no reconnect needed: client dead_after "
          f"{LinkClient.dead_after:.0f} s)")
    names = ["presenter (loopback)", "follower (loopback)", "follower (cross-border)"]
    print(f"2. state traffic of a busy consult stretch, {dt:.1f} s wall time (scaled per minute):")
    print(f"   presenter did: {counts['wheel']} wheel scrolls ({counts['window_level']} with window/level), "
          f"{counts['camera']} 3-D camera moves, {counts['pointer']} pointer moves, "
          f"{counts['annotation']} annotations, {counts['chat']} chat lines")
    print(f"   hub-ordered events: {n_events} ({n_events / dt:.1f}/s); views applied per follower "
          f"{views}, pointer moves seen {ptrs}")
    for name, kbps, b, i in zip(names, busy, busy_bytes, idle):
        print(f"  {name:24s}: {kbps:6.2f} kB/s = {kbps * 60:7.1f} kB/min ({b} bytes) | idle link "
              f"{i:5.2f} kB/s | goal < {GOAL_KBPS:.0f} kB/s: {'met' if kbps < GOAL_KBPS else 'NOT met'}")
    # where the bytes go: per activity, and one delivered consult.view message frame by frame
    smp = counts["samples"]
    print("   per activity, follower (cross-border) | presenter, heartbeats included:")
    for (ta, ba, va, pa), (tb, bb, vb, pb), what in zip(smp, smp[1:], ("scrolling (+ W/L drags)", "3-D camera",
                                                                        "laser pointer")):
        secs = tb - ta
        msgs = (vb - va) + (pb - pa)
        fx, pr = bb[2] - ba[2], bb[0] - ba[0]
        print(f"     {what:24s}: {fx / secs / 1000:6.2f} kB/s | {pr / secs / 1000:6.2f} kB/s; {msgs / secs:5.1f} "
              f"updates/s applied; follower {fx / max(msgs, 1):4.0f} B/update, presenter {pr / max(msgs, 1):4.0f} "
              f"B/update")
    (ta, ba, va, pa), (tb, bb, vb, pb) = smp[0], smp[1]
    scroll_per = (bb[2] - ba[2] - idle[2] * 1000 * (tb - ta)) / max(vb - va, 1)  # heartbeats taken out
    sig, head, content = frames_of(last_view)
    body = len(P.encode(last_view.body))
    print(f"   one scroll step (consult.view) as delivered: signature {sig} B (hex HMAC) + header {head} B + RoomEvent {content} B "
          f"(of which body {body} B, view patch {len(P.encode(last_view.body['view']))} B, series_uid "
          f"{len(last_view.body['series_uid'])} B) = {sig + head + content} B of ZeroMQ frames; the rest of the")
    print(f"     per-update bytes above is CURVE/ZMTP framing (3 frames per message) and the heartbeats: while scrolling "
          f"a view costs the follower {scroll_per:.0f} B without heartbeats, i.e. about "
          f"{scroll_per - (sig + head + content):.0f} B of framing")
    if args.view_interval or args.pointer_interval:
        print(f"   WHAT-IF run: VIEW_INTERVAL_S={comms.consult.VIEW_INTERVAL_S} "
              f"POINTER_INTERVAL_S={comms.consult.POINTER_INTERVAL_S} (not the committed values)")
    return 0


def frames_of(ev) -> tuple[int, int, int]:
    """Sizes of the three frames the hub sends for this event (signature, header, content)."""
    frames = P.Signer("hub", b"0" * 32).frames(P.RoomEvent(**{f: getattr(ev, f) for f in P.RoomEvent.__struct_fields__}))
    return len(frames[0]), len(frames[1]), len(frames[2])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer changes, a 10 s traffic stretch (< 1 minute)")
    ap.add_argument("--full", action="store_true", help="a real 60 s consult minute for the traffic figure")
    ap.add_argument("--traffic-seconds", type=float, default=0.0, help="wall time of the traffic stretch")
    ap.add_argument("--view-interval", type=float, default=0.0,
                    help="WHAT-IF: override comms.consult.VIEW_INTERVAL_S (default: the committed value)")
    ap.add_argument("--pointer-interval", type=float, default=0.0,
                    help="WHAT-IF: override comms.consult.POINTER_INTERVAL_S (default: the committed value)")
    args = ap.parse_args(argv)
    if args.view_interval:
        comms.consult.VIEW_INTERVAL_S = args.view_interval
    if args.pointer_interval:
        comms.consult.POINTER_INTERVAL_S = args.pointer_interval
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
