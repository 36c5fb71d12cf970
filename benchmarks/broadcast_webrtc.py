"""The surgical broadcast on WebRTC (Janus): bench_broadcast's figures for the SFU path.

A studio (:class:`comms.webrtc.broadcast.BroadcastPublisher`, this process) publishes the 720p30
test pattern (camera-like detail) as the full feed (+ the half-size low feed) and a 440 Hz tone.
Glass-to-glass = the frame's capture (the pattern's read, wall clock) -> the decoded frame handed
out by a :class:`BroadcastViewer` in ANOTHER process (its own CPU; one wall clock), number read
back from the picture.

1. loopback: the viewer straight on Janus.
2. cross-border: the viewer through coturn (TURN over UDP) behind the UDP link emulator's
   cross-border profile (150 ms +-30, 2 Mbit/s, 2 % burst loss); measured at the layer it settles
   on (the full picture does not fit 2 Mbit/s with audio and losses: the low feed).
3. fan-out: ``n`` light subscribers in another process (an aiortc subscription each whose video
   packets are counted per frame and never decoded) + the decoding viewer: per subscriber the
   share of frames delivered and the spread of frame arrival over that subscriber's fastest frame
   (RTP timestamps: Janus rewrites them per subscriber, so no absolute capture time), and the CPU
   of Janus.

    .venv/bin/python benchmarks/broadcast_webrtc.py [--seconds 15] [--light 50]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comms.audio import ToneSource  # noqa: E402
from comms.udpemu import UdpLinkEmulator  # noqa: E402
from comms.video import TestPatternSource, read_frame_number  # noqa: E402
from comms.webrtc.broadcast import FULL, BroadcastPublisher, BroadcastViewer  # noqa: E402
from comms.webrtc.sfu import JanusServer, MediaAuthority, MediaGrant, MediaServerConfig, TurnServer  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
W, H, FPS = 1280, 720, 30


def cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pct(xs, q) -> float:
    return float(np.percentile(np.asarray(xs, float), q)) if len(xs) else float("nan")


class TimedPattern(TestPatternSource):
    """The test pattern remembering each frame's capture time (wall clock) by number."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.captured: dict[int, float] = {}

    def read(self):
        frame, _ = super().read()
        t = time.time()
        self.captured[self._n - 1] = t
        return frame, t


# ----------------------------------------------------------------------------- child: one decoding viewer
def viewer_child(spec: dict) -> None:
    """Watch for spec['seconds'] after spec['warm'], print JSON: (number, arrival, width) per frame."""
    grant = MediaGrant.from_dict(spec["grant"])
    out, t_cpu = [], None
    v = BroadcastViewer(grant, "bench viewer", relay_only=spec.get("relay_only", False))

    def on_video(feed, frame, t):
        h, w = frame.shape[:2]
        full = np.repeat(np.repeat(frame, W // w, 0), W // w, 1) if w < W else frame
        out.append((read_frame_number(full), t, w))

    v.remote_video.connect(on_video)
    v.start(40)
    time.sleep(spec["warm"])
    t0, c0 = time.time(), cpu(os.getpid())
    out.clear()
    time.sleep(spec["seconds"])
    t1, c1 = time.time(), cpu(os.getpid())
    rows = list(out)
    layer, switches = v.layer, v.switches
    v.stop()
    print(json.dumps({"frames": rows, "t0": t0, "t1": t1, "cpu": 100 * (c1 - c0) / (t1 - t0), "layer": layer,
                      "switches": switches}), flush=True)


# ----------------------------------------------------------------------------- child: light subscribers
class CountingBuffer:
    """Stands in for the video jitter buffer: counts frames (marker packets) and their arrival, and
    never hands anything to the decoder."""

    def __init__(self):
        self.arrivals: list[tuple[int, float]] = []  # (rtp timestamp, monotonic arrival)
        self.packets = 0

    def add(self, packet):
        self.packets += 1
        if packet.marker:
            self.arrivals.append((packet.timestamp, time.monotonic()))
        return False, None


def crowd_child(spec: dict) -> None:
    from aiortc import RTCPeerConnection, RTCSessionDescription

    from comms.webrtc.janus import VIDEOROOM, JanusSession

    async def one(grant: MediaGrant, full: int) -> CountingBuffer:
        s = JanusSession(grant.janus_url, grant.token)
        await s.create()
        sessions.append(s)
        h = await s.attach(VIDEOROOM)
        _, offer = await h.send({"request": "join", "ptype": "subscriber", "room": grant.janus_room,
                                 "streams": [{"feed": full, "mid": "1"}], "token": grant.token})
        pc = RTCPeerConnection()
        buf = CountingBuffer()
        await pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type=offer["type"]))
        for r in pc.getReceivers():
            r._RTCRtpReceiver__jitter_buffer = buf
        await pc.setLocalDescription(await pc.createAnswer())
        await h.send({"request": "start"}, {"type": "answer", "sdp": pc.localDescription.sdp, "trickle": False})
        buf.pc, buf.session = pc, s
        return buf

    sessions: list = []

    async def main():
        from concurrent.futures import ThreadPoolExecutor

        grants = [MediaGrant.from_dict(g) for g in spec["grants"]]
        # each Janus session's long poll holds a worker thread: room for all of them and their requests
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2 * len(grants) + 16))

        async def keepalive():  # from the first session on: setting up 50 takes longer than Janus waits
            while True:
                await asyncio.sleep(4)
                for sess in list(sessions):
                    try:
                        await sess._post(sess.url, {"janus": "keepalive"}, 5.0)
                    except Exception:  # noqa: BLE001
                        pass

        ka = asyncio.get_running_loop().create_task(keepalive())
        bufs = []
        for i in range(0, len(grants), 10):  # ten at a time: Janus' and aiortc's set-up is not free
            bufs += await asyncio.gather(*(one(g, spec["full"]) for g in grants[i:i + 10]))
        print(json.dumps({"ready": True}), flush=True)
        await asyncio.sleep(spec["warm"])
        m0, t0, c0 = time.monotonic(), time.time(), cpu(os.getpid())
        await asyncio.sleep(spec["seconds"])
        m1, t1, c1 = time.monotonic(), time.time(), cpu(os.getpid())
        rows = []
        for b in bufs:
            arr = [(ts, a) for ts, a in b.arrivals if m0 <= a < m1]
            if arr:
                base = min(a - ts / 90000.0 for ts, a in arr)
                spread = [1000 * (a - ts / 90000.0 - base) for ts, a in arr]
            else:
                spread = []
            rows.append({"frames": len(arr), "p50": pct(spread, 50), "p95": pct(spread, 95)})
        print(json.dumps({"rows": rows, "t0": t0, "t1": t1, "cpu": 100 * (c1 - c0) / (t1 - t0)}), flush=True)
        ka.cancel()
        for b in bufs:
            await b.pc.close()
            await b.session.destroy()

    asyncio.run(main())


def _child(role: str, spec: dict, tmp: Path):
    p = tmp / f"{role}-{time.monotonic_ns()}.json"
    p.write_text(json.dumps(spec))
    return subprocess.Popen([sys.executable, __file__, "--child", role, str(p)], stdout=subprocess.PIPE, text=True)


def _result(proc, timeout: float) -> dict:
    out, _ = proc.communicate(timeout=timeout)
    lines = [ln for ln in out.splitlines() if ln.startswith("{") and '"ready"' not in ln]
    if not lines:
        raise RuntimeError(f"child produced nothing (exit {proc.returncode})")
    return json.loads(lines[-1])


def _latencies(res: dict, captured: dict[int, float]) -> dict:
    lat = [1000 * (t - captured[n]) for n, t, _ in res["frames"] if n is not None and n in captured]
    widths = [w for _, _, w in res["frames"]]
    secs = res["t1"] - res["t0"]
    return {"p50": pct(lat, 50), "p95": pct(lat, 95), "max": max(lat, default=float("nan")),
            "shown": len(lat), "fps": len(lat) / secs, "width": max(set(widths), key=widths.count) if widths else 0,
            "cpu": res["cpu"], "layer": res["layer"], "switches": len(res["switches"])}


def measure(seconds: float = 15.0, light: int = 50, warm: float = 4.0) -> dict:
    """Every WebRTC figure (see the module docstring)."""
    cfg = MediaServerConfig.for_tests()
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-bc-webrtc-") as d, JanusServer(cfg) as janus, \
            TurnServer(cfg) as turn:
        tmp = Path(d)
        auth = MediaAuthority(cfg, janus.videoroom_key, max_publishers=light + 16)
        room = "bench-broadcast"
        src = TimedPattern(W, H, FPS, detail=True)
        studio = BroadcastPublisher(auth.issue("surgeon", room), "Bench surgeon", audio_source=ToneSource(440),
                                    video_source=src, video_size=(W, H), low_scale=2)
        c_self0, t_self0 = cpu(os.getpid()), time.time()
        studio.start(40)
        try:
            # 1. loopback
            c0, t0 = cpu(janus.proc.pid), time.time()
            p = _child("viewer", {"grant": auth.issue("v-lo", room).to_dict(), "warm": warm, "seconds": seconds}, tmp)
            results["loopback"] = _latencies(_result(p, seconds + warm + 60), src.captured)
            results["loopback"]["janus_cpu"] = 100 * (cpu(janus.proc.pid) - c0) / (time.time() - t0)
            # 2. cross-border, through TURN behind the UDP emulator
            with UdpLinkEmulator("127.0.0.1", cfg.turn_port, "cross-border", seed=7) as emu:
                g = auth.issue("v-cb", room)
                s = dict(g.ice_servers[0], urls=[f"turn:127.0.0.1:{emu.port}?transport=udp"])
                p = _child("viewer", {"grant": dataclasses.replace(g, ice_servers=[s]).to_dict(), "relay_only": True,
                                      "warm": warm + 4, "seconds": seconds}, tmp)
                results["cross-border"] = _latencies(_result(p, seconds + warm + 70), src.captured)
                results["cross-border"]["link_ms"] = emu.profile.delay_ms
                results["cross-border"]["lost"] = dataclasses.asdict(emu.stats)
            # 3. fan-out: light subscribers + one decoding viewer
            grants = [auth.issue(f"light-{i}", room).to_dict() for i in range(light)]
            crowd = _child("crowd", {"grants": grants, "full": studio.grant.feed_id, "warm": warm + 2,
                                     "seconds": seconds}, tmp)
            line = crowd.stdout.readline()  # ready
            if '"ready"' not in line:
                raise RuntimeError(f"light subscribers did not start: {line!r}")
            c0, t0 = cpu(janus.proc.pid), time.time()
            p = _child("viewer", {"grant": auth.issue("v-fan", room).to_dict(), "warm": 2, "seconds": seconds}, tmp)
            sent_at: list[tuple[float, int]] = []
            while crowd.poll() is None and time.time() - t0 < seconds + warm + 120:  # frames sent, over time
                sent_at.append((time.time(), studio.frames_sent))
                time.sleep(0.2)
            crowd_res = _result(crowd, 30)
            fan = _latencies(_result(p, seconds + warm + 60), src.captured)
            fan["janus_cpu"] = 100 * (cpu(janus.proc.pid) - c0) / (time.time() - t0)
            secs = crowd_res["t1"] - crowd_res["t0"]
            n_at = lambda t: min(sent_at, key=lambda x: abs(x[0] - t))[1]  # noqa: E731
            sent = max(1, n_at(crowd_res["t1"]) - n_at(crowd_res["t0"]))  # frames the studio sent in the window
            fan["sent_fps"] = sent / secs
            fan["rows"] = crowd_res["rows"]
            fan["delivery"] = [min(100.0, 100 * r["frames"] / sent) for r in crowd_res["rows"]]
            fan["crowd_cpu"] = crowd_res["cpu"]
            results["fan-out"] = fan
            results["studio_cpu"] = 100 * (cpu(os.getpid()) - c_self0) / (time.time() - t_self0)
            results["studio_fps"] = studio.frames_sent / (time.time() - t_self0)
        finally:
            studio.stop()
            auth.close()
    return results


def report(r: dict, goal_loopback: float = 120.0, excess: float = 200.0) -> list[tuple]:
    """Summary rows (figure, value, goal, verdict) in bench_broadcast's format."""
    lo, cb, fan = r["loopback"], r["cross-border"], r["fan-out"]
    goal_x = cb["link_ms"] + excess
    d = fan["delivery"]
    p95s = [row["p95"] for row in fan["rows"]]
    return [
        ("WebRTC glass-to-glass p95, loopback", f"{lo['p95']:.0f} ms", f"< {goal_loopback:.0f} ms",
         lo["p95"] < goal_loopback),
        (f"WebRTC p95, cross-border ({cb['layer']} feed)", f"{cb['p95']:.0f} ms",
         f"< link {cb['link_ms']:.0f} + {excess:.0f} = {goal_x:.0f} ms", cb["p95"] < goal_x),
        ("WebRTC frames shown, cross-border", f"{cb['fps']:.1f} fps", f"{cb['width']} px wide", None),
        (f"WebRTC fan-out {len(d)}: min / median delivery", f"{min(d):.1f} / {np.median(d):.1f} %",
         f"of {fan['sent_fps']:.1f} fps sent", None),
        ("  ... arrival spread p95, max over subs", f"{max(p95s):.0f} ms", "over each one's fastest frame", None),
        ("  ... decoding viewer p95", f"{fan['p95']:.0f} ms", f"< {goal_loopback:.0f} ms", fan["p95"] < goal_loopback),
        ("  ... Janus CPU", f"{fan['janus_cpu']:.0f} %", f"1 viewer {lo['janus_cpu']:.0f} %", None),
        ("WebRTC studio CPU (VP8 full + low, 720p30)", f"{r['studio_cpu']:.0f} %",
         f"{r['studio_fps']:.1f} fps composed", None),
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--light", type=int, default=50)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        role, spec = args.child
        {"viewer": viewer_child, "crowd": crowd_child}[role](json.loads(Path(spec).read_text()))
        return 0
    r = measure(args.seconds, args.light)
    print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "rows"} if isinstance(v, dict) else v
                      for k, v in r.items()}, indent=1, default=str))
    for name, val, ref, ok in report(r):
        print(f"  {name:<42} {val:>18}   {ref:<34} {'' if ok is None else 'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
