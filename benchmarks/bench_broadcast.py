"""Surgical broadcast: glass-to-glass latency, bitrate, the surgeon's CPU and fan-out, each beside
its goal and a reference measured in the same run.

Set-up: a real hub process (its MediaRelay fans the media out); the surgeon's station in ITS OWN
process (LinkClient + BroadcastSession.create, MediaClient(tracks=("audio", "video")),
VideoSender(TestPatternSource 1280x720 @ 30, camera-like detail) on the 720p30 rung, a 440 Hz tone
through SourcePump -> Opus), so its CPU time is its own. The surgeon reaches the relay through a
zero-delay LinkEmulator (PROFILES["loopback"]), only to count its uplink bytes on the wire. Every
LinkEmulator of a scenario runs in its own process (this script as a child), so no emulator shares
an interpreter with a station. Viewers are trainees; each is online in the broadcast room on the link.

Glass-to-glass = capture timestamp of a frame (TestPatternSource.read) -> the viewer's MediaClient
emits that frame for display (``MediaClient.video`` / ``video_latencies``): encode, relay, network,
decode and the lip-sync wait for the audio's jitter buffer included. Processes share one wall
clock; the small offset between their media clocks is measured and corrected.

Scenarios (one decoding viewer each, a fresh MediaClient):
1. loopback: the viewer straight on the relay.
2. cross-border: a LinkEmulator with PROFILES["cross-border"] (150 ms +-30 ms, 2 Mbit/s, 2 % loss
   as 200-400 ms retransmission holds) between the viewer and the relay; the surgeon's ladder
   free (720p30 unless the surgeon's own link says otherwise), as in use.
2b. diagnostic: the same link with the surgeon's ladder capped at 540p25 (1.2 Mbit/s), a picture
   that fits the 2 Mbit/s link, to separate the path's latency from the link's capacity.
3. as 2b with two 2 s stalls (``link.cut(2.0)``) in the window: how long the picture froze and how
   soon after each stall it was live again (latency back under the goal).
4. the "bad" profile (250 ms, 512 kbit/s, 5 % loss, random stalls and resets): no goal, shows what a
   viewer on a poor link gets (the surgeon's rung is chosen by the surgeon's uplink, not per viewer).
5. fan-out: 20 light receivers in another process (RawMediaPeer each, reading every packet and
   timing capture -> arrival, no decoding) plus the decoding viewer, all on loopback; per receiver
   delivery and latency p95, and the relay's drops (from the hub's log).

Goals: loopback p95 < 200 ms; cross-border p95 < link one-way latency + 200 ms; 720p30 within
2.5 Mbit/s. References, same run: the raw one-way latency of small TCP messages through an
identical LinkEmulator (half a raw TCP echo round trip, as bench_consult), and for CPU the cost of
libx264 (comms.video.H264Encoder, the 720p30 rung's settings) encoding the same frames alone.

WebRTC (``--media webrtc`` or ``both``): the same figures for the broadcast on Janus (the studio
publishing a full and a low feed, viewers taking the layer their link carries), from
benchmarks/broadcast_webrtc.py: loopback (goal p95 < 120 ms), cross-border through coturn behind the
UDP link emulator (goal p95 < link + 200 ms at the viewer's layer), fan-out to ``--light`` light
subscribers (counting frames, no decoding) with Janus' CPU beside the relay's.

    .venv/bin/python benchmarks/bench_broadcast.py [--seconds 20] [--viewers 20] [--quick] [--plain]
                                                   [--media relay|webrtc|both] [--light 50]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comms.media import wall_clock  # noqa: E402

GOAL_LOOPBACK_P95_MS = 200.0
GOAL_EXCESS_MS = 200.0  # cross-border: p95 under the link's one-way latency + this
GOAL_MBPS = 2.5
TICK = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid: int) -> float:
    """CPU seconds (user+system, all threads) of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pct(xs, q) -> float:
    return float(np.percentile(np.asarray(xs, float), q)) if len(xs) else float("nan")


def wait_for(cond, timeout=30.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.02)
    raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")


def clock_offset() -> float:
    """This process's media clock minus the system wall clock (s): comparing two processes' offsets
    corrects capture -> arrival latencies measured across them."""
    return wall_clock() - time.time()


# ============================================================================ children
def _child_loop(handlers: dict) -> None:
    """Answer one JSON line per command line on stdin; stdout carries only the protocol."""
    out = sys.stdout
    sys.stdout = sys.stderr  # anything else printed goes to stderr
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            reply = handlers[cmd.pop("op")](**cmd)
        except Exception:  # noqa: BLE001 - reported to the parent, which raises
            reply = {"error": traceback.format_exc()}
        out.write(json.dumps(reply) + "\n")
        out.flush()
        if reply.get("bye"):
            return


def surgeon_main(spec: dict) -> None:
    """The surgeon's station: link + broadcast session, media client, video sender, microphone."""
    from comms.audio import SourcePump, ToneSource
    from comms.broadcast import BroadcastSession, Profile
    from comms.client import LinkClient
    from comms.media import MediaClient
    from comms.video import DEFAULT_RUNGS, BitrateLadder, TestPatternSource, VideoSender

    bundle, room = spec["bundle"], spec["room"]
    video_log: list[tuple[float, str]] = []  # the sender's reasons for rung changes

    class Keep(logging.Handler):
        def emit(self, record):
            video_log.append((wall_clock(), record.getMessage()))

    logging.getLogger("silkbridge.video").addHandler(Keep(logging.INFO))
    logging.getLogger("silkbridge.video").setLevel(logging.INFO)
    link = LinkClient(bundle, Path(spec["state_dir"]) / "link").start()
    session = BroadcastSession(link, room, Profile.from_bundle(bundle))
    # open to trainees of every hospital (a room admits only its creator's hospital by default)
    session.create("Laparoscopic cholecystectomy (benchmark)", "bench_broadcast", access={"roles": ["trainee"]})
    wait_for(lambda: link.room_role(room) is not None, 30, "the surgeon in the broadcast room")
    session.start()
    ms = MediaClient(bundle, spec["media"], tracks=("audio", "video")).start()
    ms.join(room)
    wait_for(lambda: ms.state == "joined", 30, "the surgeon's media join")
    video_bytes = [0]
    send_video = ms.send_video

    def counting(packets, capture_time, codec, keyframe, layer=0):  # instrumentation: the rung's payload bytes
        if layer == 0:  # (the low simulcast layer goes only to viewers whose link needs it)
            video_bytes[0] += sum(len(p) for p in packets)
        send_video(packets, capture_time, codec, keyframe, layer)

    ms.send_video = counting
    source = TestPatternSource(1280, 720, 30, detail=spec["detail"])
    sender = VideoSender(ms, source, ladder=BitrateLadder(start=0))
    sender.start()
    pump = SourcePump(ToneSource(440.0), ms.send_audio).start()
    wait_for(lambda: sender.frames > 10, 30, "the first frames sent")
    rtts: dict[float, float] = {}  # the media client keeps the last 64 keep-alive RTTs: collect them all
    done = threading.Event()

    def collect():
        while not done.wait(4.0):
            for t, r in list(ms.rtts):
                rtts.setdefault(t, r)

    threading.Thread(target=collect, name="rtt-collector", daemon=True).start()

    def stats():
        for t, rtt in list(ms.rtts):
            rtts.setdefault(t, rtt)
        r = ms.report
        return {"wall": wall_clock(), "video_bytes": video_bytes[0], "frames": sender.frames,
                "keyframes": sender.keyframes, "rung": sender.ladder.current.name, "video_log": video_log,
                "rtts": [(wall_clock() - (time.monotonic() - t), r) for t, r in sorted(rtts.items())],
                "sender": sender.stats, "counters": dict(ms.counters), "rtt_ms": ms.stats["rtt_ms"],
                "report": None if r is None else {"receivers": r.receivers, "received_kbps": r.received_kbps,
                                                  "dropped": r.dropped}}

    def cap(top):
        """Allow only the rungs from DEFAULT_RUNGS[top] down (benchmark control of the picture size)."""
        sender.ladder = BitrateLadder(DEFAULT_RUNGS[top:], start=0)
        wait_for(lambda: sender.encoder is not None and sender.encoder.width == DEFAULT_RUNGS[top].width, 10,
                 "the new rung")
        return {"rung": sender.ladder.current.name}

    def stop():
        done.set()
        pump.stop()
        sender.stop()
        ms.stop()
        session.close()
        link.stop()
        return {"bye": True}

    sys.stdout.write(json.dumps({"ready": True, "offset": clock_offset(), "user": bundle["user_id"]}) + "\n")
    sys.stdout.flush()
    _child_loop({"stats": stats, "cap": cap, "stop": stop})


def crowd_main(spec: dict) -> None:
    """Light receivers: each online in the room on the link and joined to the relay with a bare
    media socket; one thread reads every packet and notes (track, seq, capture, arrival, bytes)."""
    import msgspec
    import zmq

    from comms.client import LinkClient
    from comms.media import KEEPALIVE, MediaHeader, MediaJoined, RawMediaPeer

    room, address = spec["room"], spec["media"]
    links = []
    for b in spec["bundles"]:
        lc = LinkClient(b, Path(spec["state_dir"]) / b["user_id"]).start()
        lc.join(room, "broadcast")
        links.append(lc)
    wait_for(lambda: all(lc.room_role(room) is not None for lc in links), 60, "the crowd in the room")
    peers = []
    for b in spec["bundles"]:
        p = RawMediaPeer(b, address, rcvhwm=1000, rcvbuf=-1)  # an ordinary viewer's socket buffers
        for _ in range(40):
            if isinstance(p.join(room), MediaJoined):
                break
            time.sleep(0.25)
        else:
            raise RuntimeError(f"{b['user_id']} could not join the media relay")
        peers.append(p)
    records: list[list[tuple]] = [[] for _ in peers]
    running = [True]
    dec = msgspec.msgpack.Decoder(MediaHeader)

    def reader():
        poller = zmq.Poller()
        index = {}
        for i, p in enumerate(peers):
            poller.register(p.sock, zmq.POLLIN)
            index[p.sock] = i
        ka_seq, next_ka = 0, 0.0
        while running[0]:
            for sock, _ in poller.poll(50):
                rec = records[index[sock]]
                for _ in range(200):
                    try:
                        frames = sock.recv_multipart(zmq.NOBLOCK)
                    except zmq.Again:
                        break
                    t = wall_clock()
                    if frames[0] == b"p" and len(frames) == 4:
                        h = dec.decode(frames[2])
                        if h.track in ("video", "audio"):
                            rec.append((h.track == "video", h.seq, h.capture, t, len(frames[3]), h.flags & 1))
            if time.monotonic() >= next_ka:  # the relay expires a session silent for 5 s
                next_ka = time.monotonic() + 1.0
                ka_seq += 1
                for p in peers:
                    p.sock.send_multipart(p.packet_frames(room, KEEPALIVE, ka_seq, b"", codec=""), zmq.NOBLOCK)

    th = threading.Thread(target=reader, name="crowd-reader", daemon=True)
    th.start()

    def report(t0, t1, correction):
        rows = []
        sel = [[r for r in list(rec) if t0 <= r[2] < t1] for rec in records]
        span = {}
        for video in (True, False):
            seqs = [r[1] for rs in sel for r in rs if r[0] == video]
            span[video] = (max(seqs) - min(seqs) + 1) if seqs else 0
        for p, rs in zip(peers, sel):
            v = [r for r in rs if r[0]]
            a = [r for r in rs if not r[0]]
            vl = [(r[3] - r[2] + correction) * 1000 for r in v]
            al = [(r[3] - r[2] + correction) * 1000 for r in a]
            rows.append({"user": p.bundle["user_id"], "video": len({r[1] for r in v}), "audio": len({r[1] for r in a}),
                         "video_p50": pct(vl, 50), "video_p95": pct(vl, 95), "video_max": max(vl, default=float("nan")),
                         "audio_p50": pct(al, 50), "audio_p95": pct(al, 95),
                         "kbps": sum(r[4] for r in v) * 8 / (t1 - t0) / 1000, "keyframes": sum(r[5] for r in v)})
        return {"rows": rows, "video_sent": span[True], "audio_sent": span[False]}

    def stop():
        running[0] = False
        th.join(2)
        for p in peers:
            p.close()
        for lc in links:
            lc.stop()
        return {"bye": True}

    sys.stdout.write(json.dumps({"ready": True, "offset": clock_offset()}) + "\n")
    sys.stdout.flush()
    _child_loop({"report": report, "stop": stop})


def link_main(spec: dict) -> None:
    """A LinkEmulator in its own process, so its Python work competes with no station's."""
    from comms.linkemu import PROFILES, LinkEmulator

    link = LinkEmulator(spec["host"], spec["port"], profile=PROFILES[spec["profile"]], seed=spec["seed"]).start()

    def stats():
        st = link.stats
        return {"up": st.bytes_up, "down": st.bytes_down, "stalls": st.stalls, "resets": st.resets}

    def cut(seconds):
        link.cut(seconds)
        return {}

    def stop():
        link.stop()
        return {"bye": True}

    sys.stdout.write(json.dumps({"ready": True, "port": link.port}) + "\n")
    sys.stdout.flush()
    _child_loop({"stats": stats, "cut": cut, "stop": stop})


class Child:
    """This script run as ``--child ROLE SPEC`` in its own process, driven by JSON lines."""

    def __init__(self, role: str, spec: dict, tmp: Path, timeout: float = 90.0, name: str | None = None):
        name = name or role
        path = tmp / f"{name}.spec.json"
        path.write_text(json.dumps(spec))
        self.err_path = tmp / f"{name}.stderr"
        self._err = open(self.err_path, "wb")
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", role, str(path)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err, text=True,
                                     bufsize=1, cwd=ROOT)
        self.role = name
        self.pid = self.proc.pid
        try:
            self.ready = self._read(timeout)
        except BaseException:
            self.proc.kill()
            self.proc.wait(5)
            self._err.close()
            raise

    @classmethod
    def link(cls, tmp: Path, host: str, port: int, profile: str, seed: int, name: str) -> "Child":
        return cls("link", {"host": host, "port": port, "profile": profile, "seed": seed}, tmp, timeout=30, name=name)

    def _read(self, timeout: float) -> dict:
        end = time.monotonic() + timeout
        while True:
            r, _, _ = select.select([self.proc.stdout], [], [], max(0.0, end - time.monotonic()))
            if not r:
                raise RuntimeError(f"{self.role} process did not answer within {timeout:.0f} s; see {self.err_path}")
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{self.role} process exited ({self.proc.wait()}); see {self.err_path}:\n"
                                   + self.err_path.read_text()[-3000:])
            reply = json.loads(line)
            if "error" in reply:
                raise RuntimeError(f"{self.role} process: {reply['error']}")
            return reply

    def call(self, op: str, timeout: float = 30.0, **kw) -> dict:
        self.proc.stdin.write(json.dumps({"op": op, **kw}) + "\n")
        self.proc.stdin.flush()
        return self._read(timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.call("stop", timeout=20)
                self.proc.wait(10)
            except (RuntimeError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(5)
        self._err.close()


# ============================================================================ the parent
def relay_log(hub_log: Path) -> list[dict]:
    """The relay's per-receiver counters from the hub's log, in order: ``media.receiver.dropped``
    (cumulative for a live session, written each second its drops changed) and ``media.leave``
    (the session's totals)."""
    out = []
    if hub_log.exists():
        for line in hub_log.read_text().splitlines():
            if '"media.receiver.dropped"' in line or '"media.leave"' in line:
                e = json.loads(line)
                if "dropped" in e:
                    out.append(e)
    return out


class Bench:
    def __init__(self, args, tmp: Path):
        from comms.local import LocalHub

        self.args, self.tmp = args, tmp
        self.crowd = self.surgeon = self.viewer_link = self.uplink = None
        self.hub = LocalHub(tmp / "hub", module="comms.hub_cli").start()
        try:
            self._setup()
        except BaseException:
            self.stop()
            raise

    def _setup(self) -> None:
        from comms.broadcast import new_broadcast_id
        from comms.client import LinkClient

        tmp = self.tmp
        self.hub_log = tmp / "hub" / "hub.log"
        self.media = self.hub.services["media"]
        host, port = self.media.removeprefix("tcp://").rsplit(":", 1)
        self.relay_host, self.relay_port = host, int(port)
        self.uplink = Child.link(tmp, host, int(port), "loopback", 1, "uplink")
        self.room = new_broadcast_id()
        surgeon = self.hub.enrol("Dr Wei (surgeon)", role="surgeon", hospital="Guangxi Medical", country="CN",
                                 language="zh")
        self.surgeon_id = surgeon["user_id"]
        self.viewer = self.hub.enrol("Trainee Somchai", role="trainee", hospital="Mahosot", country="LA",
                                     language="lo")
        self.surgeon = Child("surgeon", {"bundle": surgeon, "room": self.room, "state_dir": str(tmp / "surgeon"),
                                         "media": f"tcp://127.0.0.1:{self.uplink.ready['port']}",
                                         "detail": not self.args.plain}, tmp)
        self.offset_s = self.surgeon.ready["offset"]
        self.viewer_link = LinkClient(self.viewer, tmp / "viewer-link").start()
        self.viewer_link.join(self.room, "broadcast")
        wait_for(lambda: self.viewer_link.room_role(self.room) is not None, 30, "the viewer in the room")

    def stop(self) -> None:
        for c in (self.crowd, self.surgeon):
            if c is not None:
                c.stop()
        if self.viewer_link is not None:
            self.viewer_link.stop()
        if self.uplink is not None:
            self.uplink.stop()
        self.hub.stop()

    # ------------------------------------------------------------------ one decoding viewer
    def watch(self, profile: str | None, seconds: float, warm: float, cuts: tuple[float, ...] = (),
              seed: int = 7, with_crowd: bool = False) -> dict:
        from comms.media import MediaClient

        link = None
        address = self.media
        if profile:
            link = Child.link(self.tmp, self.relay_host, self.relay_port, profile, seed, f"link-{profile}-{seed}")
            address = f"tcp://127.0.0.1:{link.ready['port']}"
        shown: list[tuple[float, float]] = []
        size = [None]
        skew = self.offset_s - clock_offset()  # add to (this process's time - surgeon's capture)

        def on_video(sender, frame, capture):
            shown.append((wall_clock(), capture))
            size[0] = frame.shape[:2]

        mv = MediaClient(self.viewer, address, on_video=on_video).start()
        try:
            mv.join(self.room)
            wait_for(lambda: mv.state == "joined", 30, "the viewer's media join")
            wait_for(lambda: shown, 30, "the first frame on the viewer's screen")
            time.sleep(warm)
            v0, au0 = self._viewer_counts(mv)
            a0 = len(mv.playout_delays(self.surgeon_id))
            s0 = self.surgeon.call("stats")
            b0 = (self.uplink.call("stats")["up"], link.call("stats")["down"] if link else 0)
            pids = {"surgeon": self.surgeon.pid, "hub": self.hub.pid, "this": os.getpid(), "uplink": self.uplink.pid}
            if link:
                pids["viewer link"] = link.pid
            if self.crowd is not None:
                pids["crowd"] = self.crowd.pid
            c0, t0, w0 = {k: proc_cpu(p) for k, p in pids.items()}, time.monotonic(), wall_clock()
            marks = []
            for at in cuts:
                time.sleep(max(0.0, t0 + at - time.monotonic()))
                link.call("cut", seconds=2.0)
                marks.append((wall_clock(), wall_clock() + 2.0))
            time.sleep(max(0.0, t0 + seconds - time.monotonic()))
            c1, t1, w1 = {k: proc_cpu(p) for k, p in pids.items()}, time.monotonic(), wall_clock()
            s1 = self.surgeon.call("stats")
            b1 = (self.uplink.call("stats")["up"], link.call("stats")["down"] if link else 0)
            v1, au1 = self._viewer_counts(mv)
            audio = [d * 1000 + skew * 1000 for d in mv.playout_delays(self.surgeon_id)[a0:]]
            crowd = None
            if with_crowd and self.crowd is not None:  # packets captured in the last 0.5 s may be in flight
                crowd = self.crowd.call("report", t0=w0, t1=w1 - 0.5,
                                        correction=self.offset_s - self.crowd.ready["offset"])
        finally:
            n_log = len(relay_log(self.hub_log))
            mv.stop()
            if link:
                link.stop()
        me = self.viewer["user_id"]
        def leaves():
            return [e for e in relay_log(self.hub_log)[n_log:] if e["event"] == "media.leave" and e["user"] == me]

        try:  # the relay logs the session's totals when the viewer leaves
            wait_for(leaves, 8, "the relay's media.leave line")
            leave = leaves()[0]
        except RuntimeError:
            leave = {"dropped": float("nan"), "forwarded": float("nan")}
        win = [(t, c) for t, c in shown if w0 <= t < w1]
        lat = [(t - c + skew) * 1000 for t, c in win]
        dt = t1 - t0
        frames_sent = s1["frames"] - s0["frames"]
        res = {"p50": pct(lat, 50), "p95": pct(lat, 95), "max": max(lat, default=float("nan")), "shown": len(win),
               "fps": len(win) / dt, "frames_sent": frames_sent, "size": size[0],
               "decoded": v1[0] - v0[0], "late_dropped": v1[1] - v0[1], "gaps": v1[2] - v0[2],
               "audio_p50": pct(audio, 50), "audio_p95": pct(audio, 95),
               "video_mbps": (s1["video_bytes"] - s0["video_bytes"]) * 8 / dt / 1e6,
               "uplink_mbps": (b1[0] - b0[0]) * 8 / dt / 1e6, "viewer_mbps": (b1[1] - b0[1]) * 8 / dt / 1e6,
               "keyframes": s1["keyframes"] - s0["keyframes"], "rung": s1["rung"],
               "rungs": [(t - w0, m) for t, m in s1["video_log"] if w0 - warm <= t < w1],
               "relay_dropped": leave["dropped"],
               "rtt": [r * 1000 for t, r in s1["rtts"] if w0 <= t < w1],
               "relay_forwarded": leave["forwarded"], "audio": {k: au1[k] - au0[k] for k in au0},
               "surgeon_rtt_ms": s1["rtt_ms"], "send_dropped": s1["counters"].get("video_send_dropped", 0)
               - s0["counters"].get("video_send_dropped", 0),
               "cpu": {k: (c1[k] - c0[k]) / dt * 100 for k in c0}, "seconds": dt, "crowd": crowd}
        if marks:
            res["stalls"] = []
            for start, end in marks:
                near = [(t, (t - c + skew) * 1000) for t, c in shown if start - 0.5 <= t < end + 3.0]
                gaps = [(b[0] - a[0], b) for a, b in zip(near, near[1:])]
                frozen, resumed = max(gaps, default=(float("nan"), (float("nan"), float("nan"))))
                after = [(t, ms) for t, ms in near if t >= end]
                res["stalls"].append({"start": start, "end": end, "frozen": frozen, "resumed": resumed,
                                      "after": after})
            lat_out = [(t - c + skew) * 1000 for t, c in win
                       if not any(s <= t < e + 3.0 for s, e in marks)]
            res["p50_outside"], res["p95_outside"] = pct(lat_out, 50), pct(lat_out, 95)
        return res

    def _viewer_counts(self, mv) -> tuple[tuple, dict]:
        st = mv.stats["senders"].get(self.surgeon_id, {})
        v = st.get("video", {})
        return ((v.get("decoded", 0), v.get("dropped", 0), v.get("gaps", 0)),
                {k: st.get(k, 0) for k in ("received", "played", "late", "concealed")})

    def start_crowd(self, n: int) -> float:
        t = time.monotonic()
        bundles = [self.hub.enrol(f"Trainee {i:02d}", role="trainee", hospital="Hospital 103", country="VN",
                                  language="vi") for i in range(n)]
        self.crowd = Child("crowd", {"bundles": bundles, "room": self.room, "media": self.media,
                                     "state_dir": str(self.tmp / "crowd")}, self.tmp, timeout=180)
        return time.monotonic() - t


# ============================================================================ references
def encoder_reference(n: int, detail: bool) -> dict:
    """CPU of libx264 (the 720p30 rung's settings) encoding the same frames alone, paced at the frame
    rate like the station, and of generating them."""
    from comms.video import DEFAULT_RUNGS, H264Encoder, TestPatternSource

    rung = DEFAULT_RUNGS[0]
    src = TestPatternSource(rung.width, rung.height, rung.fps, realtime=False, detail=detail)

    def cpu():
        t = os.times()
        return t.user + t.system

    c0 = cpu()
    frames = [src.frame(i) for i in range(n)]
    gen = cpu() - c0
    enc = H264Encoder(rung.width, rung.height, rung.fps, rung.kbps * 1000)
    nbytes = 0
    busy = []
    c0, w0 = cpu(), time.perf_counter()
    for i, f in enumerate(frames):  # paced at the frame rate, as the station encodes
        time.sleep(max(0.0, w0 + i / rung.fps - time.perf_counter()))
        t = time.perf_counter()
        nbytes += sum(len(p) for p in enc.encode(f))
        busy.append(time.perf_counter() - t)
    encode = cpu() - c0
    return {"encode_pct": encode / n * rung.fps * 100, "source_pct": gen / n * rung.fps * 100,
            "mbps": nbytes * 8 / (n / rung.fps) / 1e6, "encode_ms": float(np.median(busy)) * 1000,
            "rung": rung.name}


# ============================================================================ report
def fmt_ms(x: float) -> str:
    return f"{x:7.1f} ms" if x == x else "    n/a   "


def print_scenario(label: str, r: dict, goal_ms: float | None, goal_what: str) -> None:
    verdict = "" if goal_ms is None else (f" | goal p95 < {goal_ms:.0f} ms ({goal_what}): "
                                          f"{'met' if r['p95'] < goal_ms else 'NOT met'}")
    print(f"\n[{label}]")
    print(f"  glass-to-glass p50 {fmt_ms(r['p50'])}  p95 {fmt_ms(r['p95'])}  max {fmt_ms(r['max'])}{verdict}")
    size = f"{r['size'][1]}x{r['size'][0]}" if r["size"] else "-"
    a = r["audio"]
    print(f"  picture: shown {r['shown']} of {r['frames_sent']} frames sent ({r['fps']:.1f} fps, {size}); decoder "
          f"{r['decoded']} decoded, {r['late_dropped']} skipped as late, {r['gaps']} gaps")
    print(f"  sound: {a['played']} frames played of {a['received']} received ({r['seconds'] / 0.02:.0f} sent), "
          f"{a['late']} too late, {a['concealed']} concealed; playout delay p50 {r['audio_p50']:.0f} ms p95 "
          f"{r['audio_p95']:.0f} ms (the picture waits for it: lip sync)")
    down = f", viewer's link carried {r['viewer_mbps']:.2f} Mbit/s down" if r["viewer_mbps"] else ""
    print(f"  surgeon: rung {r['rung']}, video payload {r['video_mbps']:.2f} Mbit/s, uplink on the wire "
          f"{r['uplink_mbps']:.2f} Mbit/s{down}; {r['keyframes']} keyframes ({r['keyframes'] / r['seconds'] * 60:.0f}"
          f"/min, the 2 s GOP alone 30/min); sending {r['frames_sent'] / r['seconds']:.1f} fps; send drops "
          f"{r['send_dropped']}; its keep-alive RTT to the relay p50 {pct(r['rtt'], 50):.1f} ms max "
          f"{max(r['rtt'], default=float('nan')):.0f} ms")
    for t, m in r["rungs"]:
        print(f"  surgeon's ladder at {t:+.1f} s into the window: {m}")
    print(f"  relay, this viewer's whole session (warm-up included): forwarded {r['relay_forwarded']}, dropped "
          f"{r['relay_dropped']}")
    print("  CPU (% of one core): " + ", ".join(f"{k} {v:.0f} %" for k, v in r["cpu"].items())
          + " ('this' = the decoding viewer)")


def stall_lines(st: dict, goal_ms: float, steady_ms: float) -> list[str]:
    out = []
    for i, s in enumerate(st["stalls"], 1):
        live = next(((t - s["end"]) * 1000 for t, ms in s["after"] if ms < goal_ms), float("nan"))
        steady = next(((t - s["end"]) * 1000 for t, ms in s["after"] if ms <= steady_ms), float("nan"))
        t_res, ms_res = s["resumed"]
        out.append(f"  stall {i} (2000 ms): longest freeze of the picture {s['frozen'] * 1000:.0f} ms, ended "
                   f"{(t_res - s['end']) * 1000:+.0f} ms after the stall's end by a frame {ms_res:.0f} ms old; "
                   f"latency back under the goal ({goal_ms:.0f} ms) {live:.0f} ms and under the clean run's p95 "
                   f"({steady_ms:.0f} ms) {steady:.0f} ms after the stall's end")
        bins = []
        for k in range(6):  # the newest frame shown in each half second after the stall's end
            inside = [ms for t, ms in s["after"] if k * 0.5 <= t - s["end"] < (k + 1) * 0.5]
            bins.append(f"{inside[-1]:.0f}" if inside else "-")
        out.append(f"    latency of the last frame shown in each 0.5 s after the stall's end: {' '.join(bins)} ms")
    return out


def run(args) -> int:
    from bench_consult import raw_echo_one_way

    seconds = 6.0 if args.quick else args.seconds
    warm = 2.0 if args.quick else 3.0
    n_viewers = 5 if args.quick and args.viewers == 20 else args.viewers
    load0 = os.getloadavg()
    t_start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as d:
        tmp = Path(d)
        b = Bench(args, tmp)
        try:
            print(f"surgical broadcast benchmark: hub process + surgeon process (720p30 "
                  f"{'plain' if args.plain else 'camera-like detail'} test pattern + 440 Hz tone) + viewers; "
                  f"{seconds:.0f} s measured per scenario after {warm:.0f} s warm-up")
            print(f"  machine: {os.cpu_count()} cores, load average {load0[0]:.2f} at start (shared machine); "
                  f"media clock offset surgeon - this process {(b.offset_s - clock_offset()) * 1000:+.3f} ms "
                  f"(corrected)", flush=True)
            lo = b.watch(None, seconds, warm)
            cb = b.watch("cross-border", seconds, warm, seed=7)
            bad = b.watch("bad", seconds * 0.75, warm, seed=9)
            capped = b.surgeon.call("cap", top=1)["rung"]
            cb2 = b.watch("cross-border", seconds, warm, seed=7)
            st_s = max(seconds, 12.0)
            cuts = (st_s / 4, st_s * 5 / 8)
            st = b.watch("cross-border", st_s, warm, cuts=cuts, seed=8)
            b.surgeon.call("cap", top=0)
            crowd_setup = b.start_crowd(n_viewers)
            time.sleep(warm)
            fan = b.watch(None, seconds, 1.0, with_crowd=True)
            events = relay_log(b.hub_log)
        finally:
            b.stop()
    ref_lo = raw_echo_one_way("loopback", 50 if args.quick else 100, 11)
    ref_x = raw_echo_one_way("cross-border", 20 if args.quick else 40, 12)
    enc = encoder_reference(90 if args.quick else 300, not args.plain)

    # ------------------------------------------------------------------ report
    link_ms = float(np.median(ref_x))
    goal_x = link_ms + GOAL_EXCESS_MS
    print(f"\nreference: raw one-way latency of 256-byte TCP messages (half an echo round trip, no ZeroMQ, no "
          f"hub) through an identical LinkEmulator: loopback p50 {np.median(ref_lo):.2f} ms p95 "
          f"{pct(ref_lo, 95):.2f} ms; cross-border p50 {link_ms:.1f} ms p95 {pct(ref_x, 95):.1f} ms")
    print_scenario("1. loopback, 720p30", lo, GOAL_LOOPBACK_P95_MS, "loopback")
    print(f"  excess over the raw loopback link: p95 {lo['p95'] - pct(ref_lo, 95):.1f} ms")
    print_scenario("2. cross-border (150 ms +-30, 2 Mbit/s, 2 % loss), 720p30 as the surgeon sends it", cb, goal_x,
                   f"link p50 {link_ms:.0f} + {GOAL_EXCESS_MS:.0f}")
    print(f"  excess over the raw link: p50 {cb['p50'] - link_ms:.1f} ms, p95 {cb['p95'] - pct(ref_x, 95):.1f} ms "
          f"(vs the raw link's own p95)")
    print_scenario(f"2b. the same link, surgeon capped at {capped} (a picture that fits 2 Mbit/s; diagnostic)", cb2,
                   goal_x, f"link p50 {link_ms:.0f} + {GOAL_EXCESS_MS:.0f}")
    print(f"  excess over the raw link: p50 {cb2['p50'] - link_ms:.1f} ms, p95 {cb2['p95'] - pct(ref_x, 95):.1f} ms")
    print_scenario(f"3. as 2b with two 2 s stalls (link.cut at {cuts[0]:.0f} s and {cuts[1]:.0f} s of {st_s:.0f} s)",
                   st, None, "")
    print(f"  without the frames shown from each stall's start to 3 s after its end: p50 {st['p50_outside']:.1f} ms "
          f"p95 {st['p95_outside']:.1f} ms (goal p95 < {goal_x:.0f} ms: "
          f"{'met' if st['p95_outside'] < goal_x else 'NOT met'})")
    for line in stall_lines(st, goal_x, cb2["p95"]):
        print(line)
    print_scenario("4. bad link (250 ms +-80, 512 kbit/s, 5 % loss, random 2 s stalls and resets), 720p30; no goal",
                   bad, None, "")

    c = fan["crowd"]
    rows = c["rows"]
    crowd_ids = {r["user"] for r in rows}
    relay = {}
    for e in events:  # the crowd's sessions are live: their last line holds the cumulative counts
        if e["user"] in crowd_ids:
            relay[e["user"]] = e
    print(f"\n[5. fan-out: {n_viewers} light receivers (another process, a RawMediaPeer each: capture -> packet "
          f"arrival, no decoding) + the decoding viewer, all on loopback, 720p30; set-up {crowd_setup:.0f} s]")
    print_scenario("5a. the decoding viewer during the fan-out", fan, GOAL_LOOPBACK_P95_MS, "loopback")
    print(f"  light receivers, packets captured in the window: video {c['video_sent']} sent, audio {c['audio_sent']} "
          f"sent; relay drops: the receiver's session so far (hub log)")
    print(f"  {'receiver':<15} {'video %':>7} {'audio %':>7} {'video p50':>10} {'video p95':>10} {'max':>8} "
          f"{'audio p95':>10} {'Mbit/s':>7} {'keyfr':>5} {'relay drops':>11}")
    for r in rows:
        print(f"  {r['user'][:15]:<15} {100 * r['video'] / max(c['video_sent'], 1):7.1f} "
              f"{100 * r['audio'] / max(c['audio_sent'], 1):7.1f} {r['video_p50']:7.1f} ms {r['video_p95']:7.1f} ms "
              f"{r['video_max']:5.0f} ms {r['audio_p95']:7.1f} ms {r['kbps'] / 1000:7.2f} {r['keyframes']:5d} "
              f"{relay.get(r['user'], {}).get('dropped', 0):11d}")
    p95s = [r["video_p95"] for r in rows]
    deliv = [100 * r["video"] / max(c["video_sent"], 1) for r in rows]
    print(f"  over the {len(rows)} receivers: video delivery min {min(deliv):.1f} % median {np.median(deliv):.1f} %; "
          f"capture -> arrival p95 min {min(p95s):.1f} median {np.median(p95s):.1f} max {max(p95s):.1f} ms "
          f"(no jitter buffer, no decode); relay drops {sum(e.get('dropped', 0) for e in relay.values())} in all")

    print(f"\n[bitrate, 720p30] surgeon's video payload: loopback {lo['video_mbps']:.2f} Mbit/s, cross-border "
          f"{cb['video_mbps']:.2f}, bad link {bad['video_mbps']:.2f}, fan-out {fan['video_mbps']:.2f} (rung target "
          f"2.0); libx264 alone on the same frames {enc['mbps']:.2f} Mbit/s; the surgeon's uplink on the wire (audio, "
          f"keep-alives, CURVE/ZMTP included) {lo['uplink_mbps']:.2f} Mbit/s")
    sur = lo["cpu"]["surgeon"]
    print(f"[CPU of the surgeon's station at 720p30] {sur:.0f} % of one core (loopback run; fan-out run "
          f"{fan['cpu']['surgeon']:.0f} %) | libx264 encoding the same frames alone {enc['encode_pct']:.0f} % "
          f"(paced at 30 fps, median {enc['encode_ms']:.1f} ms a frame); generating the test pattern {enc['source_pct']:.0f} %; ratio "
          f"station / encode {sur / enc['encode_pct']:.2f}, station / (encode + pattern) "
          f"{sur / (enc['encode_pct'] + enc['source_pct']):.2f}; hub {lo['cpu']['hub']:.0f} % with 1 viewer, "
          f"{fan['cpu']['hub']:.0f} % with {n_viewers + 1}")

    print("\nsummary (figure | this run | goal or reference | verdict)")
    table = [
        ("glass-to-glass p95, loopback", f"{lo['p95']:.0f} ms", f"< {GOAL_LOOPBACK_P95_MS:.0f} ms",
         lo["p95"] < GOAL_LOOPBACK_P95_MS),
        ("glass-to-glass p95, cross-border 720p30", f"{cb['p95']:.0f} ms",
         f"< link {link_ms:.0f} + {GOAL_EXCESS_MS:.0f} = {goal_x:.0f} ms", cb["p95"] < goal_x),
        (f"glass-to-glass p95, cross-border {capped}", f"{cb2['p95']:.0f} ms", f"< {goal_x:.0f} ms",
         cb2["p95"] < goal_x),
        ("  ... with two 2 s stalls, outside them", f"{st['p95_outside']:.0f} ms", f"< {goal_x:.0f} ms",
         st["p95_outside"] < goal_x),
        ("frames shown, cross-border 720p30", f"{cb['fps']:.1f} fps", "of 30 fps sent", None),
        ("surgeon's video bitrate, 720p30", f"{lo['video_mbps']:.2f} Mbit/s", f"<= {GOAL_MBPS} Mbit/s",
         lo["video_mbps"] <= GOAL_MBPS),
        ("surgeon's CPU, 720p30", f"{sur:.0f} %", f"x264 alone {enc['encode_pct']:.0f} % "
         f"(x{sur / enc['encode_pct']:.2f})", None),
        (f"fan-out {n_viewers}: min delivery / max p95", f"{min(deliv):.1f} % / {max(p95s):.0f} ms",
         f"loopback viewer p95 {lo['p95']:.0f} ms", None),
        ("fan-out: decoding viewer p95", f"{fan['p95']:.0f} ms", f"< {GOAL_LOOPBACK_P95_MS:.0f} ms",
         fan["p95"] < GOAL_LOOPBACK_P95_MS),
    ]
    for name, val, ref, ok in table:
        print(f"  {name:<42} {val:>18}   {ref:<34} {'' if ok is None else 'met' if ok else 'NOT met'}")
    print(f"\ntotal {time.monotonic() - t_start:.0f} s; load average {os.getloadavg()[0]:.2f} at the end")
    RELAY_FANOUT.update(n=n_viewers, min=min(deliv), median=float(np.median(deliv)), p95=max(p95s),
                        hub_cpu=fan["cpu"]["hub"], viewer_p95=fan["p95"])
    return 0


#: the old relay's fan-out of this run, for the WebRTC lines beside it
RELAY_FANOUT: dict = {}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=20.0, help="measured seconds per scenario (default 20)")
    ap.add_argument("--viewers", type=int, default=20, help="light receivers in the fan-out (default 20)")
    ap.add_argument("--quick", action="store_true", help="6 s per scenario, 5 light receivers (about a minute)")
    ap.add_argument("--plain", action="store_true", help="the plain test pattern (easy to code) instead of "
                                                         "camera-like detail")
    ap.add_argument("--media", choices=("relay", "webrtc", "both"), default="both",
                    help="the old ZeroMQ relay, the WebRTC broadcast on Janus, or both (default)")
    ap.add_argument("--light", type=int, default=50, help="WebRTC fan-out: light subscribers (default 50)")
    ap.add_argument("--light-procs", type=int, default=5, help="WebRTC fan-out: processes the light "
                                                               "subscribers are spread over (default 5)")
    ap.add_argument("--child", nargs=2, metavar=("ROLE", "SPEC"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        role, spec = args.child
        {"surgeon": surgeon_main, "crowd": crowd_main, "link": link_main}[role](json.loads(Path(spec).read_text()))
        return 0
    rc = run(args) if args.media in ("relay", "both") else 0
    if args.media in ("webrtc", "both"):
        import broadcast_webrtc

        light = 5 if args.quick and args.light == 50 else args.light
        r = broadcast_webrtc.measure(6.0 if args.quick else args.seconds, light, procs=args.light_procs)
        cb = r["cross-border"]
        print(f"\nWebRTC (Janus, full + low feed + the low feed's copy; cross-border viewer at the {cb['layer']} "
              f"feed after "
              f"{cb['switches']} switch(es), {cb['lost']['lost']} of {cb['lost']['sent']} datagrams lost)")
        for part in ("loopback", "cross-border", "udp-blocked"):
            for line in broadcast_webrtc.breakdown_lines(part, r[part]):
                print(line)
        fan, d = r["fan-out"], r["fan-out"]["delivery"]
        print(f"  fan-out side by side: WebRTC {len(d)} light subscribers in {fan['procs']} processes: delivery min "
              f"{min(d):.1f} / median {np.median(d):.1f} %, arrival spread p95 max "
              f"{max(row['p95'] for row in fan['rows']):.0f} ms, Janus CPU {fan['janus_cpu']:.0f} %, decoding "
              f"viewer p95 {fan['p95']:.0f} ms")
        if RELAY_FANOUT:
            rf = RELAY_FANOUT
            print(f"                        old relay {rf['n']} light receivers: delivery min {rf['min']:.1f} / "
                  f"median {rf['median']:.1f} %, capture -> arrival p95 max {rf['p95']:.0f} ms, hub CPU "
                  f"{rf['hub_cpu']:.0f} %, decoding viewer p95 {rf['viewer_p95']:.0f} ms")
        print("summary (figure | this run | goal or reference | verdict)")
        for name, val, ref, ok in broadcast_webrtc.report(r):
            print(f"  {name:<42} {val:>18}   {ref:<34} {'' if ok is None else 'met' if ok else 'NOT met'}")
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
